using System.Globalization;
using MediaDiscovery.Core.Catalog.Ingestion;
using MediaDiscovery.Core.Catalog.Sync;
using MediaDiscovery.Core.Ports;

namespace MediaDiscovery.Hosting;

/// <summary>
/// When each platform's feed was last applied, read from the store's metadata and held briefly so that
/// rendering a page of titles costs no extra reads.
/// </summary>
public sealed class FeedSyncTimes(ICatalogStore store, CatalogTaxonomy taxonomy, TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);
    private volatile Snapshot? current;

    public DateTimeOffset? For(string platform) =>
        current?.Times.TryGetValue(platform, out var at) == true ? at : null;

    /// <summary>Refreshes the cached times when they are older than a few seconds.</summary>
    public async Task RefreshAsync(CancellationToken ct = default)
    {
        var snapshot = current;
        if (snapshot is not null && clock.GetUtcNow() - snapshot.ReadAt < Lifetime)
            return;
        var times = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var platform in taxonomy.Platforms.Select(p => p.Id))
        {
            var raw = await store.GetMetadataAsync(CatalogSync.FeedSyncedAtKeyPrefix + platform, ct);
            if (DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at))
                times[platform] = at;
        }
        current = new Snapshot(clock.GetUtcNow(), times);
    }

    /// <summary>Forget the cached times (after a sync on this instance).</summary>
    public void Invalidate() => current = null;

    private sealed record Snapshot(DateTimeOffset ReadAt, Dictionary<string, DateTimeOffset> Times);
}
