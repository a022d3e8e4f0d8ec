using System.Diagnostics;
using MediaDiscovery.Core.Catalog.Ingestion;
using MediaDiscovery.Core.Search;
using MediaDiscovery.Embedded.Embeddings;
using MediaDiscovery.Embedded.Feeds;
using MediaDiscovery.Testing;

namespace MediaDiscovery.Embedded.Tests.Embeddings;

/// <summary>
/// The real GloVe package (node_modules, present after <c>npm ci</c>) and the real catalog, loaded once per test class.
/// The binary cache lives beside the test binaries, so only the first run on a machine pays for the conversion.
/// </summary>
public sealed class RealCatalogVectors
{
    public RealCatalogVectors()
    {
        CacheDirectory = Path.Combine(AppContext.BaseDirectory, "glove-cache");
        var clock = Stopwatch.StartNew();
        Vectors = GloveVectors.TryLoad(new GloveVectorsOptions { CacheDirectory = CacheDirectory }, out var reason);
        FirstLoad = clock.Elapsed;
        MissingReason = reason;
        if (SharedData.StreamingCatalogs is { } catalogs)
            Table = Ingest(catalogs);
    }

    public string CacheDirectory { get; }

    public GloveVectors? Vectors { get; }

    public TimeSpan FirstLoad { get; }

    public string? MissingReason { get; }

    public TitleTable? Table { get; }

    public GloveVectors RequireVectors() =>
        Vectors ?? throw new InvalidOperationException(
            "The GloVe package is required for real-data tests (CI runs `npm ci`): " + MissingReason);

    public TitleTable RequireTable() => Table ?? throw new InvalidOperationException(SharedData.MissingMessage);

    private static TitleTable Ingest(string directory)
    {
        var catalog = CatalogDirectory.Discover(directory);
        var ingestion = new CatalogIngestion(CatalogTaxonomy.Default, IngestionLimits.Default);
        var feeds = catalog.Feeds.Select(f =>
        {
            using var stream = File.OpenRead(f.Location);
            return ingestion.ReadFeed(f.Platform, stream);
        }).ToList();
        return TitleTable.Build(ingestion.Merge(feeds, catalog.ReadEnrichment()).Titles, 1);
    }
}
