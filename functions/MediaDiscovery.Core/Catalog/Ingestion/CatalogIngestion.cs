namespace MediaDiscovery.Core.Catalog.Ingestion;

/// <summary>
/// The catalog pipeline: read a platform's CSV export into validated entries (repairing what is repairable,
/// rejecting the rest with a reason), then merge entries of every platform into titles. No I/O of its own.
/// </summary>
public sealed class CatalogIngestion(CatalogTaxonomy taxonomy, IngestionLimits limits)
{
    public CatalogTaxonomy Taxonomy { get; } = taxonomy;

    public IngestionLimits Limits { get; } = limits;

    /// <summary>Never throws for bad content: a broken feed comes back with <c>FatalError</c> set.</summary>
    public PlatformFeedResult ReadFeed(string platform, Stream csv, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(platform);
        ArgumentNullException.ThrowIfNull(csv);
        return new PlatformFeedReader(platform, Taxonomy, Limits).Read(csv, ct);
    }

    /// <summary>Merges usable feeds into titles (Version 0, stable ids) and reports what happened.</summary>
    /// <remarks>
    /// Unusable feeds (with a <c>FatalError</c>) are reported but contribute no titles. The result depends only on
    /// the entries: feeds may come in any order, and re-running yields the same ids and titles, sorted by id.
    /// </remarks>
    public CatalogSnapshot Merge(IReadOnlyList<PlatformFeedResult> feeds, ScoreTable? scores)
    {
        ArgumentNullException.ThrowIfNull(feeds);
        var groups = TitleClusters.Build(feeds.Where(f => f.IsUsable).SelectMany(f => f.Entries));
        var ids = TitleIdAssigner.Assign(groups);
        var titles = new List<Title>(groups.Count);
        for (var i = 0; i < groups.Count; i++)
            titles.Add(TitleComposer.Compose(ids[i], groups[i], ScoresFor(groups[i], scores)));
        titles.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return new CatalogSnapshot(titles, IngestReportBuilder.Build(feeds, titles, groups));
    }

    private static TitleScores ScoresFor(List<CatalogEntry> group, ScoreTable? scores) =>
        scores?.Find(group[0].Name, group[0].Type, group.Select(MergeRules.FirstSeasonYears).Distinct()) ?? TitleScores.None;
}

public sealed record IngestionLimits
{
    public static readonly IngestionLimits Default = new();

    public int MaxFieldChars { get; init; } = 64 * 1024;
    public int MaxColumns { get; init; } = 64;
    public long MaxRows { get; init; } = 1_000_000;

    /// <summary>The oldest plausible release year (the first films).</summary>
    public int MinReleaseYear { get; init; } = 1880;

    /// <summary>The newest accepted release year; a limit rather than a clock keeps the pipeline deterministic.</summary>
    public int MaxReleaseYear { get; init; } = 2030;
}

public sealed record CatalogSnapshot(IReadOnlyList<Title> Titles, IngestReport Report);
