using System.Globalization;
using MediaDiscovery.Core.Catalog.Sync;
using MediaDiscovery.Core.Ports;

namespace MediaDiscovery.Hosting;

/// <summary>
/// The catalog version (bumped by every sync that wrote something), read from the store at most once a
/// second: it is part of every search cache key.
/// </summary>
public sealed class CatalogVersionSource(ICatalogStore store, TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(1);
    private (DateTimeOffset ReadAt, long Version)? current;

    public async ValueTask<long> GetAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        if (current is { } c && now - c.ReadAt < Lifetime)
            return c.Version;
        var raw = await store.GetMetadataAsync(CatalogSync.CatalogVersionKey, ct);
        var version = long.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0;
        current = (now, version);
        return version;
    }
}
