using MediaDiscovery.Core.Catalog;

namespace MediaDiscovery.Hosting.Contracts;

/// <summary>One platform's availability as the API shows it.</summary>
public sealed record AvailabilityView(
    string Platform,
    bool Available,
    string? Url,
    string PriceType,
    string Region,
    DateTimeOffset? LastVerifiedAt,
    bool Stale,
    string ExternalId,
    DateOnly? AddedOn)
{
    /// <param name="feedConfirmedAt">When the platform's feed last confirmed its whole catalog: every entry
    /// it reconciled was verified then, even if the entry itself did not change.</param>
    public static AvailabilityView From(PlatformAvailability a, DateTimeOffset? feedConfirmedAt) => new(
        a.Platform,
        a.Available,
        a.Url,
        a.PriceType,
        a.Region,
        Max(a.LastVerifiedAt, feedConfirmedAt),
        a.Stale,
        a.ExternalId,
        a.DateAdded);

    private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null ? b : b is null ? a : (a > b ? a : b);
}

/// <summary>GET /api/v1/content/{id}/availability.</summary>
public sealed record TitleAvailabilityResponse(string TitleId, string Title, IReadOnlyList<AvailabilityView> Availability);
