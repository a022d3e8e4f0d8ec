using MediaDiscovery.Core.Catalog.Ingestion;
using MediaDiscovery.Core.Ports;

namespace MediaDiscovery.Core.Catalog.Sync;

/// <summary>Where a sync reads from: one feed per platform, and optionally the score tables for enrichment.</summary>
public sealed record CatalogSources(
    IReadOnlyList<ICatalogFeedSource> Feeds,
    Func<CancellationToken, Task<ScoreTable?>>? LoadScores = null,
    string? ScoresFingerprint = null);
