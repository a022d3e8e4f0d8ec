using MediaDiscovery.Core.Catalog.Ingestion;
using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Benchmarks;

/// <summary>The four real catalogs, ingested and merged into a title table (no store), for benchmark set-ups.</summary>
public static class RealCatalogTitles
{
    public static TitleTable Load()
    {
        var taxonomy = CatalogTaxonomy.Default;
        var ingestion = new CatalogIngestion(taxonomy, IngestionLimits.Default);
        var feeds = taxonomy.Platforms.Select(p =>
        {
            using var stream = File.OpenRead(Path.Combine(SharedCatalogs.Directory, p.SourceFile));
            return ingestion.ReadFeed(p.Id, stream);
        }).ToList();
        return TitleTable.Build(ingestion.Merge(feeds, null).Titles, 1);
    }
}
