namespace MediaDiscovery.Core.Catalog.Ingestion;

/// <summary>What ingesting one platform's feed did, in plain serialisable figures.</summary>
public sealed record PlatformIngestSummary
{
    public required string Platform { get; init; }
    public long RowsRead { get; init; }

    /// <summary>Entries the merge used (0 for an unusable feed).</summary>
    public int Accepted { get; init; }

    /// <summary>Accepted rows with at least one repair.</summary>
    public int RowsRepaired { get; init; }

    public IReadOnlyList<IssueTally> Repairs { get; init; } = [];
    public int Rejected { get; init; }
    public IReadOnlyList<IssueTally> Rejections { get; init; } = [];

    /// <summary>Raw genre labels the taxonomy does not know (examples empty: the label is its own example).</summary>
    public IReadOnlyList<IssueTally> UnknownGenreLabels { get; init; } = [];

    public string? FatalError { get; init; }
}
