namespace MediaDiscovery.Core.Catalog.Ingestion;

/// <summary>Condenses feed results and merged titles into an <see cref="IngestReport"/>.</summary>
internal static class IngestReportBuilder
{
    private const int ExamplesPerTally = 3;

    public static IngestReport Build(IReadOnlyList<PlatformFeedResult> feeds, IReadOnlyList<Title> titles, IReadOnlyList<List<CatalogEntry>> groups) => new()
    {
        Platforms = feeds.Select(Summarise).ToList(),
        TitlesAfterMerge = titles.Count,
        TitlesOnTwoOrMorePlatforms = titles.Count(t => t.Availability.Count >= 2),
        TitlesOnThreeOrMorePlatforms = titles.Count(t => t.Availability.Count >= 3),
        MergedPairs = titles.Sum(t => t.Availability.Count - 1),
        MergedWithDifferentYears = groups.Count(g => g.Select(e => e.ReleaseYear).Distinct().Skip(1).Any()),
        TitlesWithScores = titles.Count(t => t.Scores.RottenTomatoes is not null || t.Scores.Imdb is not null),
        TitlesWithAudienceRatings = titles.Count(t => t.Scores.AudienceRatings is not null),
    };

    private static PlatformIngestSummary Summarise(PlatformFeedResult feed)
    {
        var showIdByLine = feed.Entries.ToDictionary(e => e.Line, e => e.ShowId);
        return new PlatformIngestSummary
        {
            Platform = feed.Platform,
            RowsRead = feed.RowsRead,
            Accepted = feed.IsUsable ? feed.Entries.Count : 0,
            RowsRepaired = feed.Repairs.Select(r => r.Line).Distinct().Count(),
            Repairs = Tally(feed.Repairs, r => r.Kind, r => $"line {r.Line}: {showIdByLine.GetValueOrDefault(r.Line, "?")}"),
            Rejected = feed.Rejections.Count,
            Rejections = Tally(feed.Rejections, r => r.Reason, r => $"line {r.Line}: {r.Example}"),
            UnknownGenreLabels = feed.UnknownGenreLabels
                .OrderByDescending(l => l.Value).ThenBy(l => l.Key, StringComparer.Ordinal)
                .Select(l => new IssueTally(l.Key, l.Value, [])).ToList(),
            FatalError = feed.FatalError,
        };
    }

    private static List<IssueTally> Tally<T>(IReadOnlyList<T> items, Func<T, string> key, Func<T, string> example) =>
        items.GroupBy(key, StringComparer.Ordinal)
            .Select(g => new IssueTally(g.Key, g.Count(), g.Take(ExamplesPerTally).Select(example).ToList()))
            .OrderByDescending(t => t.Count).ThenBy(t => t.Key, StringComparer.Ordinal)
            .ToList();
}
