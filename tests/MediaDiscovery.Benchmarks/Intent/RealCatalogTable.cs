using MediaDiscovery.Core.Catalog.Ingestion;
using MediaDiscovery.Core.Search;
using MediaDiscovery.Embedded.Feeds;

namespace MediaDiscovery.Benchmarks.Intent;

/// <summary>The real catalogs parsed and merged into a <see cref="TitleTable"/> (the gazetteer's input).</summary>
public static class RealCatalogTable
{
    public static TitleTable Load()
    {
        var directory = CatalogDirectory.Discover(SharedCatalogs.Directory);
        var ingestion = new CatalogIngestion(CatalogTaxonomy.Default, IngestionLimits.Default);
        var feeds = directory.Feeds.Select(f =>
        {
            using var stream = File.OpenRead(f.Location);
            return ingestion.ReadFeed(f.Platform, stream);
        }).ToList();
        return TitleTable.Build(ingestion.Merge(feeds, scores: null).Titles, catalogVersion: 1);
    }
}
