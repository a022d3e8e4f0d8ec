namespace MediaDiscovery.Core.Catalog;

/// <summary>A title's presence on one platform, as its feed (or a later verification) last said.</summary>
public sealed record PlatformAvailability
{
    /// <summary>Canonical platform id (<c>netflix</c>, <c>prime-video</c>, <c>disney-plus</c>, <c>hulu</c>).</summary>
    public required string Platform { get; init; }

    /// <summary>The title's <c>show_id</c> in that platform's catalog export.</summary>
    public required string ShowId { get; init; }

    /// <summary><c>platform:show_id</c>, the id platforms use in webhooks.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string ExternalId => ExternalIds.Of(Platform, ShowId);

    public bool Available { get; init; } = true;

    /// <summary>When the platform added the title (the feed's <c>date_added</c>).</summary>
    public DateOnly? DateAdded { get; init; }

    public string? Url { get; init; }

    public string PriceType { get; init; } = "subscription";

    public string Region { get; init; } = "US";

    /// <summary>When this availability was last confirmed by a feed, a check or a webhook.</summary>
    public DateTimeOffset? LastVerifiedAt { get; init; }

    /// <summary>When <see cref="Available"/> last changed (or the availability first appeared).</summary>
    public DateTimeOffset? ChangedAt { get; init; }

    public bool Stale { get; init; }
}

public static class ExternalIds
{
    public static string Of(string platform, string showId) => platform + ":" + showId;
}
