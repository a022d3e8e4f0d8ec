using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Catalog.Ingestion;

namespace MediaDiscovery.Core.Tests.Catalog.Ingestion;

/// <summary>Hand-made entries and feeds for merge tests.</summary>
internal static class Entries
{
    private static long _line = 1;

    public static CatalogEntry Movie(string platform, string showId, string name, int year, string[]? directors = null, string[]? cast = null) =>
        new()
        {
            Platform = platform,
            ShowId = showId,
            Name = name,
            Type = ContentType.Movie,
            ReleaseYear = year,
            Directors = directors ?? [],
            Cast = cast ?? [],
            Line = Interlocked.Increment(ref _line),
        };

    public static CatalogEntry Series(string platform, string showId, string name, int year, int seasons = 1, string[]? cast = null, string[]? countries = null) =>
        new()
        {
            Platform = platform,
            ShowId = showId,
            Name = name,
            Type = ContentType.Series,
            ReleaseYear = year,
            Seasons = seasons,
            Cast = cast ?? [],
            Countries = countries ?? [],
            Line = Interlocked.Increment(ref _line),
        };

    /// <summary>One feed per platform, entries in the given order.</summary>
    public static List<PlatformFeedResult> Feeds(params CatalogEntry[] entries) =>
        entries.GroupBy(e => e.Platform)
            .Select(g => new PlatformFeedResult { Platform = g.Key, Entries = g.ToList(), RowsRead = g.Count() })
            .ToList();

    public static IReadOnlyList<Title> Merge(params CatalogEntry[] entries) =>
        FeedCsv.Pipeline.Merge(Feeds(entries), scores: null).Titles;
}
