using MediaDiscovery.Core.Ports;

namespace MediaDiscovery.Aws.Catalog;

/// <summary>
/// The last counts this instance computed, for a short while. Each write bumps a generation, and counts are
/// only served for the generation they were computed in, so a scan racing a write never outlives the write.
/// </summary>
internal sealed class CatalogCountsCache(TimeSpan duration, TimeProvider time)
{
    private sealed record Entry(CatalogCounts Counts, DateTimeOffset ExpiresAt, long Generation);

    private Entry? entry;
    private long generation;

    /// <summary>Take this before computing counts, and hand it to <see cref="Store"/>.</summary>
    public long Generation => Interlocked.Read(ref generation);

    public bool TryGet(out CatalogCounts counts)
    {
        var current = Volatile.Read(ref entry);
        if (current is not null && current.Generation == Generation && time.GetUtcNow() < current.ExpiresAt)
        {
            counts = current.Counts;
            return true;
        }
        counts = null!;
        return false;
    }

    public void Store(CatalogCounts counts, long computedInGeneration) =>
        Volatile.Write(ref entry, new Entry(counts, time.GetUtcNow() + duration, computedInGeneration));

    public void Invalidate()
    {
        Interlocked.Increment(ref generation);
        Volatile.Write(ref entry, null);
    }
}
