using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Functions.Search;

/// <summary>
/// Titles from the catalog store (DynamoDB in AWS), read in parallel; a name is resolved through the retriever's
/// title matching.
/// </summary>
public sealed class StoreTitleLookup(ICatalogStore store, IRetriever retriever) : ITitleLookup
{
    public async Task<IReadOnlyList<Title>> GetManyAsync(IReadOnlyList<string> ids, CancellationToken ct = default)
    {
        var found = await Task.WhenAll(ids.Select(id => store.GetAsync(id, ct)));
        return found.OfType<Title>().ToList();
    }

    public async Task<Title?> FindByNameAsync(string name, CancellationToken ct = default)
    {
        var best = await retriever.RetrieveAsync(new RetrievalQuery(name, SearchFilters.None, 1), ct);
        return best.Ranked.Count == 0 ? null : await store.GetAsync(best.Ranked[0].TitleId, ct);
    }
}
