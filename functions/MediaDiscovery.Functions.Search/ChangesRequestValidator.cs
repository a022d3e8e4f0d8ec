using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MediaDiscovery.Core.Availability.Feed;
using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Catalog.Ingestion;

namespace MediaDiscovery.Functions.Search;

/// <summary>
/// Reads the changes feed's query string (<c>platforms</c>, <c>kinds</c>, <c>types</c> as comma lists; <c>since</c>
/// an ISO 8601 time with an offset, not in the future; <c>limit</c> 1-100; <c>cursor</c>) into a
/// <see cref="FeedQuery"/>, or names every field that is wrong.
/// </summary>
public static class ChangesRequestValidator
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;
    private const int MaxListItems = 16;

    public sealed record Valid(FeedQuery Query, string Fingerprint);

    public static Valid? Validate(
        string? platforms, string? kinds, string? types, string? since, int? limit, string? cursor,
        CatalogTaxonomy taxonomy, DateTimeOffset now, out Dictionary<string, string[]> errors)
    {
        errors = [];
        var platformSet = List(platforms, "platforms", p => (taxonomy.Platforms.Any(known => known.Id == p), p),
            "Unknown platform; known: " + string.Join(", ", taxonomy.Platforms.Select(p => p.Id)) + ".", errors);
        var kindSet = List(kinds, "kinds", k => (FeedChangeKindNames.TryParse(k, out var kind), kind),
            "Kinds are added, removed and expiring.", errors);
        var typeSet = List(types, "types", t => (ContentTypes.TryParseWire(t, out var type), type),
            "Types are movie and series.", errors);
        var sinceTime = Since(since, now, errors);
        if (limit is < 1 or > MaxLimit)
            errors["limit"] = [$"The limit must be between 1 and {MaxLimit}."];
        if (errors.Count > 0)
            return null;

        var fingerprint = Fingerprint(platformSet!, kindSet!, typeSet!, sinceTime);
        FeedPosition? after = null;
        if (cursor is not null && !ChangesCursor.TryDecode(cursor, fingerprint, out after))
        {
            errors["cursor"] = ["This cursor is not one the feed gave for these filters."];
            return null;
        }
        return new Valid(new FeedQuery(platformSet!, kindSet!, typeSet!, sinceTime, limit ?? DefaultLimit, after), fingerprint);
    }

    private static HashSet<T>? List<T>(string? text, string field, Func<string, (bool Known, T Value)> parse, string message, Dictionary<string, string[]> errors)
    {
        var set = new HashSet<T>();
        if (string.IsNullOrWhiteSpace(text))
            return set;
        var items = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (items.Length > MaxListItems)
        {
            errors[field] = [$"Give at most {MaxListItems} values."];
            return null;
        }
        var unknown = new List<string>();
        foreach (var item in items)
        {
            if (parse(item) is (true, var value))
                set.Add(value);
            else
                unknown.Add(item.Length > 40 ? item[..40] : item);
        }
        if (unknown.Count == 0)
            return set;
        errors[field] = [$"{message} Not understood: {string.Join(", ", unknown)}."];
        return null;
    }

    private static DateTimeOffset? Since(string? text, DateTimeOffset now, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (text.Length > 40 || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var since))
        {
            errors["since"] = ["Give an ISO 8601 time, e.g. 2026-12-01T00:00:00Z."];
            return null;
        }
        if (since > now)
        {
            errors["since"] = ["The time is in the future: nothing has changed since then yet."];
            return null;
        }
        return since;
    }

    private static string Fingerprint(HashSet<string> platforms, HashSet<FeedChangeKind> kinds, HashSet<ContentType> types, DateTimeOffset? since)
    {
        var text = string.Join(';',
            string.Join(',', platforms.Order(StringComparer.Ordinal)),
            string.Join(',', kinds.Order()),
            string.Join(',', types.Order()),
            since?.UtcTicks.ToString(CultureInfo.InvariantCulture) ?? "-");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
