using MediaDiscovery.Core.Ports;
using MediaDiscovery.Hosting;
using MediaDiscovery.Hosting.Contracts;

namespace MediaDiscovery.Functions.Recommendations;

/// <summary>Titles by id as the API shows them now (current availability), read from the catalog store in parallel.</summary>
public sealed class CatalogTitleViews(ICatalogStore store, FeedSyncTimes syncTimes)
{
    /// <summary>The views of the titles that exist, by id; ids no longer in the catalog are absent.</summary>
    public async Task<IReadOnlyDictionary<string, TitleView>> GetAsync(IEnumerable<string> ids, CancellationToken ct = default)
    {
        var titles = await Task.WhenAll(ids.Distinct(StringComparer.Ordinal).Select(id => store.GetAsync(id, ct)));
        await syncTimes.RefreshAsync(ct);
        return titles.OfType<Core.Catalog.Title>().ToDictionary(t => t.Id, t => TitleView.From(t, syncTimes), StringComparer.Ordinal);
    }

    public async Task<bool> ExistsAsync(string id, CancellationToken ct = default) =>
        Core.Catalog.TitleIds.IsWellFormed(id) && await store.GetAsync(id, ct) is not null;
}
