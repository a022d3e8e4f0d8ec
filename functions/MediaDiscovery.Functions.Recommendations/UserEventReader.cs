using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using MediaDiscovery.Core.Users;

namespace MediaDiscovery.Functions.Recommendations;

/// <summary>
/// Reads <c>POST /api/v1/users/{userId}/events</c> bodies: <c>titleId</c> and <c>kind</c> required; <c>rating</c>
/// (0.5..5 in half steps) for ratings only and required there; <c>completion</c> (0..1) for views only; <c>at</c>
/// an ISO 8601 time with an offset, from 2000 to five minutes ahead (clock skew); <c>eventId</c> 1..128 visible
/// ASCII characters. Every problem is reported, keyed by member.
/// </summary>
public static partial class UserEventReader
{
    public const int MaxEventIdLength = 128;
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(5);
    public static readonly DateTimeOffset Earliest = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The event to store, or null with <paramref name="errors"/> saying why. <paramref name="userId"/> is checked too.</summary>
    public static UserEvent? Read(JsonElement body, string userId, DateTimeOffset now, out Dictionary<string, string[]> errors)
    {
        var fields = JsonBodyFields.Open(body);
        errors = fields?.Errors ?? new Dictionary<string, string[]>(StringComparer.Ordinal) { ["body"] = ["The body must be a JSON object."] };
        if (!UserIds.IsWellFormed(userId))
            errors["userId"] = [UserIds.Rule];
        if (fields is null)
            return null;

        var titleId = fields.String("titleId", required: true);
        if (titleId is { Length: 0 or > 64 })
            errors["titleId"] = ["A title id is 1 to 64 characters (as the catalog returns them)."];
        var kind = ReadKind(fields, errors);
        var rating = ReadRating(fields, kind, errors);
        var completion = ReadCompletion(fields, kind, errors);
        var at = ReadAt(fields, now, errors);
        var eventId = ReadEventId(fields, errors);
        if (errors.Count > 0)
            return null;
        return new UserEvent(userId, eventId ?? NewEventId(now), titleId!, kind!.Value, rating, completion, at ?? now);
    }

    /// <summary>A service-made event id: time-ordered (UUID v7) so ids sort roughly by arrival.</summary>
    public static string NewEventId(DateTimeOffset now) => "ev_" + Guid.CreateVersion7(now).ToString("N");

    private static UserEventKind? ReadKind(JsonBodyFields fields, Dictionary<string, string[]> errors)
    {
        var wire = fields.String("kind", required: true);
        if (wire is null)
            return null;
        if (UserEventKinds.TryParseWire(wire, out var kind))
            return kind;
        errors["kind"] = [$"Unknown kind; use one of: {string.Join(", ", UserEventKinds.WireNames)}."];
        return null;
    }

    private static double? ReadRating(JsonBodyFields fields, UserEventKind? kind, Dictionary<string, string[]> errors)
    {
        var rating = fields.Number("rating");
        if (kind == UserEventKind.Rating && rating is null && !errors.ContainsKey("rating"))
            errors["rating"] = ["Required for a rating event: 0.5 to 5 in steps of 0.5."];
        else if (kind is not null && kind != UserEventKind.Rating && fields.Has("rating"))
            errors["rating"] = ["Only rating events carry a rating."];
        else if (rating is { } r && (r is < 0.5 or > 5 || Math.Round(r * 2) != r * 2))
            errors["rating"] = ["A rating is 0.5 to 5 in steps of 0.5."];
        return rating;
    }

    private static double? ReadCompletion(JsonBodyFields fields, UserEventKind? kind, Dictionary<string, string[]> errors)
    {
        var completion = fields.Number("completion");
        if (kind is not null && kind != UserEventKind.View && fields.Has("completion"))
            errors["completion"] = ["Only view events carry a completion."];
        else if (completion is < 0 or > 1)
            errors["completion"] = ["A completion is a fraction from 0 to 1."];
        return completion;
    }

    private static DateTimeOffset? ReadAt(JsonBodyFields fields, DateTimeOffset now, Dictionary<string, string[]> errors)
    {
        var raw = fields.String("at");
        if (raw is null)
            return null;
        if (!IsoTimeWithOffset().IsMatch(raw)
            || !DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at))
        {
            errors["at"] = ["Expected an ISO 8601 time with an offset, e.g. 2026-11-22T10:00:00Z."];
            return null;
        }
        if (at > now + MaxClockSkew)
            errors["at"] = ["The time is more than 5 minutes in the future."];
        else if (at < Earliest)
            errors["at"] = ["The time is before 2000-01-01."];
        return at.ToUniversalTime();
    }

    private static string? ReadEventId(JsonBodyFields fields, Dictionary<string, string[]> errors)
    {
        var eventId = fields.String("eventId");
        if (eventId is not null && (eventId.Length is 0 or > MaxEventIdLength || eventId.Any(c => c is < '!' or > '~')))
            errors["eventId"] = [$"An event id is 1 to {MaxEventIdLength} visible ASCII characters (no spaces)."];
        return eventId;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex IsoTimeWithOffset();
}
