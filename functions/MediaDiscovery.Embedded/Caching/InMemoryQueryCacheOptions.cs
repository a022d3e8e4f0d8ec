namespace MediaDiscovery.Embedded.Caching;

/// <summary>How much <see cref="InMemoryQueryCache"/> may hold; past either limit the least recently used entries go.</summary>
public sealed record InMemoryQueryCacheOptions
{
    public int MaxEntries { get; set; } = 10_000;

    /// <summary>Approximate: value bytes plus key characters plus a fixed overhead per entry.</summary>
    public long MaxBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>What eviction trims down to (a fraction of each limit), so evictions are rare and batched.</summary>
    public double TrimTo { get; set; } = 0.9;
}
