using System.Globalization;
using MediaDiscovery.Core.Catalog.Ingestion;
using MediaDiscovery.Core.Catalog.Sync;
using MediaDiscovery.Core.Intent;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Hosting.Intent;

/// <summary>
/// The current gazetteer: built from the catalog store at first use, rebuilt when the store's
/// <c>catalog-version</c> changes. The version is checked at most every <see cref="CheckInterval"/>; while one
/// request rebuilds, the others keep using the previous gazetteer.
/// </summary>
public sealed class IntentGazetteerProvider(ICatalogStore store, CatalogTaxonomy taxonomy, TimeProvider clock) : IIntentGazetteerSource, IDisposable
{
    public static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(3);

    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile IntentGazetteer? current;
    private string? currentVersion;
    private long checkedAt = long.MinValue;

    public async ValueTask<IntentGazetteer> GetAsync(CancellationToken ct = default)
    {
        var gazetteer = current;
        if (gazetteer is not null && clock.GetTimestamp() - Interlocked.Read(ref checkedAt) < CheckInterval.TotalSeconds * clock.TimestampFrequency)
            return gazetteer;
        // Someone is already checking or rebuilding: the previous gazetteer is good enough meanwhile.
        if (gazetteer is not null && !await gate.WaitAsync(0, ct))
            return gazetteer;
        if (gazetteer is null)
            await gate.WaitAsync(ct);
        try
        {
            return await RefreshAsync(ct);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<IntentGazetteer> RefreshAsync(CancellationToken ct)
    {
        var version = await store.GetMetadataAsync(CatalogSync.CatalogVersionKey, ct);
        Interlocked.Exchange(ref checkedAt, clock.GetTimestamp());
        if (current is { } gazetteer && version == currentVersion)
            return gazetteer;
        var titles = new List<Core.Catalog.Title>();
        await foreach (var title in store.ListAllAsync(ct))
            titles.Add(title);
        var table = TitleTable.Build(titles, long.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0);
        var built = IntentGazetteer.Build(table, taxonomy);
        currentVersion = version;
        current = built;
        return built;
    }

    public void Dispose() => gate.Dispose();
}
