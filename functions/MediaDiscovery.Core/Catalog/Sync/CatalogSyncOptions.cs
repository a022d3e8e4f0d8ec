namespace MediaDiscovery.Core.Catalog.Sync;

public sealed record CatalogSyncOptions
{
    /// <summary>
    /// A feed that would end more than this share of a platform's available titles is refused: a truncated
    /// or half-exported feed must not wipe the platform's catalog.
    /// </summary>
    public double MaxRemovalFraction { get; set; } = 0.5;

    /// <summary>The removal guard applies once a platform has at least this many available titles.</summary>
    public int RemovalGuardMinimum { get; set; } = 20;

    /// <summary>Skip reading feeds whose fingerprints match the last applied sync.</summary>
    public bool SkipWhenUnchanged { get; set; } = true;

    /// <summary>Titles per store write batch.</summary>
    public int WriteBatchSize { get; set; } = 1000;
}
