using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Catalog.Ingestion;
using MediaDiscovery.Core.Search;
using MediaDiscovery.Testing;

namespace MediaDiscovery.Embedded.Tests.Search;

/// <summary>The four real catalogs read and merged once per test run (null titles when ../shared is absent).</summary>
public static class RealCatalog
{
    private static readonly Lazy<TitleTable?> LazyTable = new(Load);

    public static TitleTable? Table => LazyTable.Value;

    public static TitleTable Require()
    {
        Assert.True(Table is not null, SharedData.MissingMessage);
        return Table;
    }

    private static TitleTable? Load()
    {
        var directory = SharedData.StreamingCatalogs;
        if (directory is null || !Directory.Exists(directory))
            return null;
        var taxonomy = CatalogTaxonomy.Default;
        var ingestion = new CatalogIngestion(taxonomy, IngestionLimits.Default);
        var feeds = taxonomy.Platforms.Select(p =>
        {
            using var stream = File.OpenRead(Path.Combine(directory, p.SourceFile));
            return ingestion.ReadFeed(p.Id, stream);
        }).ToList();
        IReadOnlyList<Title> titles = ingestion.Merge(feeds, Embedded.Feeds.CatalogDirectory.Discover(directory).ReadEnrichment()).Titles;
        return TitleTable.Build(titles, catalogVersion: 1);
    }
}
