namespace MediaDiscovery.Core.Catalog.Ingestion;

/// <summary>The catalog export's columns, in their fixed order; the trailing <c>OTT</c> column is optional.</summary>
internal static class FeedHeader
{
    public const int ShowId = 0;
    public const int Type = 1;
    public const int Title = 2;
    public const int Director = 3;
    public const int Cast = 4;
    public const int Country = 5;
    public const int DateAdded = 6;
    public const int ReleaseYear = 7;
    public const int Rating = 8;
    public const int Duration = 9;
    public const int ListedIn = 10;
    public const int Description = 11;

    /// <summary>Columns every row needs (all but <c>OTT</c>).</summary>
    public const int RequiredColumns = 12;

    public static readonly string[] Columns =
    [
        "show_id", "type", "title", "director", "cast", "country", "date_added", "release_year", "rating", "duration",
        "listed_in", "description", "OTT",
    ];

    /// <summary>The number of columns of a valid header, or null when the header is not the expected one.</summary>
    public static int? ColumnCount(List<string> header)
    {
        if (header.Count is not (RequiredColumns or RequiredColumns + 1))
            return null;
        for (var i = 0; i < header.Count; i++)
        {
            if (!string.Equals(FeedText.Clean(header[i]), Columns[i], StringComparison.Ordinal))
                return null;
        }
        return header.Count;
    }
}
