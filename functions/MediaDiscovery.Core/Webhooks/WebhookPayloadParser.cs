using System.Globalization;
using System.Text.Json;
using MediaDiscovery.Core.Catalog.Ingestion;

namespace MediaDiscovery.Core.Webhooks;

/// <summary>
/// Reads and validates an <c>availability.changed</c> body for the platform named by the route. Meant to run after
/// <see cref="StandardWebhookVerifier"/> (on the same raw bytes). Returns every error found; never throws for a body.
/// </summary>
public sealed class WebhookPayloadParser(CatalogTaxonomy taxonomy, TimeProvider time)
{
    /// <summary>The specification recommends payloads under 20 KB; ours are a few hundred bytes.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    /// <summary>Senders retry failed deliveries for days (the specification's schedule spans about three);
    /// an event older than this is not a late delivery but a wrong clock or a replayed archive.</summary>
    public static readonly TimeSpan MaxEventAge = TimeSpan.FromDays(30);

    /// <summary>A sender's clock may run slightly ahead; the same allowance as the signature timestamp.</summary>
    public static readonly TimeSpan MaxClockSkew = StandardWebhookVerifier.Tolerance;

    private const int MaxShowIdLength = 64;
    private const int MaxUrlLength = 2048;
    private const int MaxPriceTypeLength = 32;

    // With an explicit offset only: a time without one would be read in the server's zone.
    private static readonly string[] OccurredAtFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
    ];

    public WebhookPayloadParseResult Parse(string routePlatform, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(routePlatform);
        var errors = new List<WebhookPayloadError>();
        if (taxonomy.PlatformById(routePlatform) is null)
            return Fail(errors, "$", $"unknown platform '{Truncate(routePlatform)}'");
        if (body.Length > MaxBodyBytes)
            return Fail(errors, "$", $"body is larger than {MaxBodyBytes} bytes");

        WebhookPayload? payload;
        try
        {
            payload = JsonSerializer.Deserialize(body, WebhookJsonContext.Default.WebhookPayload);
        }
        catch (JsonException e)
        {
            // The message names the path and position, never more of the body than the offending token.
            return Fail(errors, "$", "not a valid webhook body: " + e.Message);
        }
        if (payload is null)
            return Fail(errors, "$", "body must be a JSON object");

        if (payload.Type is null)
            errors.Add(new("type", "is required"));
        else if (!string.Equals(payload.Type, AvailabilityChangedWebhook.EventType, StringComparison.Ordinal))
            errors.Add(new("type", $"must be '{AvailabilityChangedWebhook.EventType}'"));

        var occurredAt = ValidateOccurredAt(payload.OccurredAt, errors);

        var data = payload.Data;
        if (data is null)
            return Fail(errors, "data", "is required");
        var showId = ValidateExternalId(data.ExternalId, routePlatform, errors);
        if (data.Available is null)
            errors.Add(new("data.available", "is required (true or false)"));
        var url = ValidateUrl(data.Url, errors);
        if (data.PriceType is { } priceType
            && (priceType.Length is 0 or > MaxPriceTypeLength || !priceType.All(c => char.IsAsciiLetterLower(c) || c == '-')))
            errors.Add(new("data.priceType", "must be a lower-case word such as 'subscription'"));
        if (data.Region is { } region && (region.Length != 2 || !region.All(char.IsAsciiLetterUpper)))
            errors.Add(new("data.region", "must be an ISO 3166-1 alpha-2 code such as 'US'"));

        if (errors.Count > 0 || showId is null || occurredAt is null || data.Available is null)
            return WebhookPayloadParseResult.Invalid(errors);
        return WebhookPayloadParseResult.Valid(new AvailabilityChangedWebhook(
            routePlatform, showId, data.Available.Value, occurredAt.Value, url, data.PriceType, data.Region));
    }

    private DateTimeOffset? ValidateOccurredAt(string? text, List<WebhookPayloadError> errors)
    {
        if (text is null)
        {
            errors.Add(new("occurredAt", "is required"));
            return null;
        }
        // K also matches no offset at all; insist on 'Z' or ±hh:mm.
        var hasOffset = text.EndsWith('Z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
        if (!hasOffset || !DateTimeOffset.TryParseExact(text, OccurredAtFormats, CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal, out var occurredAt))
        {
            errors.Add(new("occurredAt", "must be an ISO-8601 date and time with an offset, such as 2026-11-22T10:00:00Z"));
            return null;
        }
        var now = time.GetUtcNow();
        if (occurredAt > now + MaxClockSkew)
        {
            errors.Add(new("occurredAt", "is in the future"));
            return null;
        }
        if (occurredAt < now - MaxEventAge)
        {
            errors.Add(new("occurredAt", $"is more than {MaxEventAge.TotalDays} days ago"));
            return null;
        }
        return occurredAt;
    }

    private string? ValidateExternalId(string? externalId, string routePlatform, List<WebhookPayloadError> errors)
    {
        const string field = "data.externalId";
        if (externalId is null)
        {
            errors.Add(new(field, "is required"));
            return null;
        }
        var colon = externalId.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            errors.Add(new(field, "must be platform:show_id"));
            return null;
        }
        var platform = externalId[..colon];
        var showId = externalId[(colon + 1)..];
        if (taxonomy.PlatformById(platform) is null)
        {
            errors.Add(new(field, $"names an unknown platform '{Truncate(platform)}'"));
            return null;
        }
        // A platform may only report its own titles: its secret authenticates the route, not the body's claim.
        if (!string.Equals(platform, routePlatform, StringComparison.Ordinal))
        {
            errors.Add(new(field, $"belongs to '{platform}', not to '{routePlatform}'"));
            return null;
        }
        if (showId.Length is 0 or > MaxShowIdLength || !showId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            errors.Add(new(field, $"show_id must be 1-{MaxShowIdLength} letters, digits, '-' or '_'"));
            return null;
        }
        return showId;
    }

    private static Uri? ValidateUrl(string? text, List<WebhookPayloadError> errors)
    {
        if (text is null)
            return null;
        if (text.Length <= MaxUrlLength
            && Uri.TryCreate(text, UriKind.Absolute, out var url)
            && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp))
            return url;
        errors.Add(new("data.url", $"must be an absolute http(s) URL of at most {MaxUrlLength} characters"));
        return null;
    }

    private static WebhookPayloadParseResult Fail(List<WebhookPayloadError> errors, string field, string message)
    {
        errors.Add(new(field, message));
        return WebhookPayloadParseResult.Invalid(errors);
    }

    /// <summary>Echoes at most a short prefix of caller-supplied text into an error.</summary>
    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
