using System.Text;
using MediaDiscovery.Core.Catalog.Ingestion;

namespace MediaDiscovery.Core.Tests.Catalog.Ingestion;

/// <summary>Builds small catalog feeds in the export's format for tests.</summary>
internal static class FeedCsv
{
    public const string Header = "show_id,type,title,director,cast,country,date_added,release_year,rating,duration,listed_in,description,OTT";

    public static readonly CatalogIngestion Pipeline = new(CatalogTaxonomy.Default, IngestionLimits.Default);

    public static string Row(
        string showId = "s1", string type = "Movie", string title = "A Film", string director = "", string cast = "",
        string country = "", string dateAdded = "25-Sep-21", string year = "2020", string rating = "PG-13",
        string duration = "90 min", string listedIn = "Dramas", string description = "About something.", string ott = "Netflix") =>
        string.Join(',', new[] { showId, type, title, director, cast, country, dateAdded, year, rating, duration, listedIn, description, ott }.Select(Quote));

    public static string Feed(params string[] rows) => Header + "\r\n" + string.Concat(rows.Select(r => r + "\r\n"));

    public static PlatformFeedResult Read(string csv, string platform = "netflix", IngestionLimits? limits = null)
    {
        var ingestion = limits is null ? Pipeline : new CatalogIngestion(CatalogTaxonomy.Default, limits);
        return ingestion.ReadFeed(platform, new MemoryStream(Encoding.UTF8.GetBytes(csv)));
    }

    public static CatalogEntry Single(string row, string platform = "netflix")
    {
        var result = Read(Feed(row), platform);
        Assert.Null(result.FatalError);
        Assert.Empty(result.Rejections);
        return Assert.Single(result.Entries);
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
