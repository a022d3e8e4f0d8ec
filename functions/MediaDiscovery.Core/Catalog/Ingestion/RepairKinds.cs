namespace MediaDiscovery.Core.Catalog.Ingestion;

/// <summary>What was repaired in an accepted feed row (the kinds a report groups by).</summary>
public static class RepairKinds
{
    /// <summary>A duration in <c>rating</c> with an empty <c>duration</c>: the row was shifted; moved back.</summary>
    public const string DurationInRatingColumn = "duration-in-rating-column";

    /// <summary>A rating the taxonomy does not know: dropped rather than guessed.</summary>
    public const string UnknownRatingDropped = "unknown-rating-dropped";

    public const string UnparsableDateDropped = "unparsable-date-dropped";
    public const string UnparsableDurationDropped = "unparsable-duration-dropped";
    public const string InvisibleCharactersStripped = "invisible-characters-stripped";
}
