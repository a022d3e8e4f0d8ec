using System.Globalization;

namespace MediaDiscovery.Core.Catalog.Ingestion;

/// <summary>The feeds' <c>date_added</c>: <c>25-Sep-21</c> in most rows, <c>September 25, 2021</c> in some.</summary>
internal static class FeedDate
{
    private static readonly string[] Formats =
    [
        "d-MMM-yy", "d-MMM-yyyy", "MMMM d, yyyy", "MMM d, yyyy", "MMMM d yyyy", "yyyy-MM-dd",
    ];

    public static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowInnerWhite, out date);
}
