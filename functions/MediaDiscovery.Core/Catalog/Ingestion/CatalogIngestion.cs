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
    public CatalogSnapshot Merge(IReadOnlyList<PlatformFeedResult> feeds, ScoreTable? scores) =>
        throw new NotImplementedException();
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
