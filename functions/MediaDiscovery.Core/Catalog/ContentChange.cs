namespace MediaDiscovery.Core.Catalog;

public enum ContentChangeKind
{
    TitleAdded,
    TitleUpdated,
    AvailabilityAdded,
    AvailabilityRemoved,

    /// <summary>Still available on the platform, at a different price type (subscription, rent, buy...).</summary>
    AvailabilityPriceChanged,
}

/// <summary>One change to the catalog, as published to its consumers.</summary>
public sealed record ContentChange(string TitleId, ContentChangeKind Kind, string? Platform, DateTimeOffset At, string Source);
