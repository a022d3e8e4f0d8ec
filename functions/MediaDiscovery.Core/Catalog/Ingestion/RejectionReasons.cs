namespace MediaDiscovery.Core.Catalog.Ingestion;

/// <summary>Why a feed row was rejected (the reasons a report groups by).</summary>
public static class RejectionReasons
{
    public const string TooManyColumns = "too many columns";
    public const string TooFewColumns = "too few columns";
    public const string MissingShowId = "missing show_id";
    public const string DuplicateShowId = "duplicate show_id";
    public const string UnknownType = "unknown type";
    public const string MissingTitle = "missing title";
    public const string InvalidReleaseYear = "invalid release_year";

    /// <summary>
    /// Same normalised title, type and year as an earlier row of the same feed, not told apart by directors or cast:
    /// the platform listing one title twice. The first row is kept.
    /// </summary>
    public const string DuplicateTitleInFeed = "duplicate title in feed";
}
