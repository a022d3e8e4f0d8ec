using MediaDiscovery.Core.Catalog.Ingestion;
using MediaDiscovery.Core.Catalog.Sync;
using MediaDiscovery.Embedded.Feeds;
using MediaDiscovery.Testing;

namespace MediaDiscovery.Evaluation;

/// <summary>
/// MovieLens movie id -> catalog title id, as the LocalHost's catalog has it: the catalog is ingested by the same sync
/// and enrichment (the link the search prior uses, <see cref="Core.Catalog.TitleScores.AudienceMovieId"/>), so the
/// ids are the ones the API serves.
/// </summary>
public static class AudienceLink
{
    public static async Task<IReadOnlyDictionary<int, string>> BuildAsync(string catalog, string movieLens)
    {
        var directory = CatalogDirectory.Discover(catalog, movieLens);
        var store = new InMemoryCatalogStore();
        var sync = new CatalogSync(store, new CatalogIngestion(CatalogTaxonomy.Default, IngestionLimits.Default),
            new DiscardingPublisher(), TimeProvider.System, new CatalogSyncOptions());
        await sync.TryRunAsync(new CatalogSources(directory.Feeds, _ => Task.FromResult(directory.ReadEnrichment())), "evaluation", force: true);
        var link = new Dictionary<int, string>();
        await foreach (var title in store.ListAllAsync())
        {
            if (title.Scores.AudienceMovieId is { } movie)
                link.TryAdd(movie, title.Id);
        }
        return link;
    }
}
