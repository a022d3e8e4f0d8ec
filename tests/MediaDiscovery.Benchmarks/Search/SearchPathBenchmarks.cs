using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using MediaDiscovery.Core.Catalog.Ingestion;
using MediaDiscovery.Core.Intent;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Search;
using MediaDiscovery.Embedded.Caching;
using MediaDiscovery.Embedded.Embeddings;
using MediaDiscovery.Embedded.Search;
using MediaDiscovery.Functions.Search;

namespace MediaDiscovery.Benchmarks.Search;

/// <summary>
/// The whole in-process query path on the real catalog, as the LocalHost runs it: rules intent extraction,
/// hybrid retrieval (BM25 + fuzzy titles + GloVe vectors, RRF), title lookup, diversification and paging, over a
/// mix of title, typo, description and constraint queries (one query per invocation, cycling, so the
/// distribution and its P95 cover the mix); and the cache-hit path (cache read + metadata splice).
/// Targets: P95 ≤ 10 ms (miss), ≤ 0.2 ms (hit).
/// </summary>
[Config(typeof(Percentiles))]
[MemoryDiagnoser]
public class SearchPathBenchmarks
{
    private static readonly string[] Queries =
    [
        "breaking bad", "the godfather", "brooklin nine nine", "narcos", "jurassic park",
        "a chemistry teacher turns to making drugs", "astronauts travel through a wormhole to save humanity",
        "a group of kids fight monsters from another dimension in their small town",
        "korean thrillers on netflix", "family movies rated PG on disney+", "90s comedies with Jim Carrey",
        "documentaries about food", "shows like Friends", "horror movies under 90 minutes from the 80s",
        "anime series", "british crime dramas",
    ];

    private string dataDirectory = null!;
    private SearchService search = null!;
    private InMemoryQueryCache cache = null!;
    private int next;

    private sealed class Percentiles : ManualConfig
    {
        public Percentiles() => AddColumn(StatisticColumn.P50, StatisticColumn.P95);
    }

    [GlobalSetup]
    public void Setup()
    {
        var taxonomy = CatalogTaxonomy.Default;
        var table = RealCatalogTitles.Load();
        dataDirectory = Directory.CreateTempSubdirectory("md-searchpath-bench-").FullName;
        var vectors = GloveVectors.TryLoad(new GloveVectorsOptions { CacheDirectory = Path.Combine(Path.GetTempPath(), "md-bench-glove-cache") }, out var reason)
            ?? throw new InvalidOperationException(reason);
        var embedder = new GloveSifEmbedder(vectors);
        var vectorIndex = new TitleVectorPipeline(embedder, dataDirectory, GloveSifEmbedder.TitleText).BuildAsync(table, CancellationToken.None).GetAwaiter().GetResult();
        var snapshot = new SearchIndexSnapshot(table, InMemoryLexicalIndex.Build(table), new FuzzyTitleMatcher(table), vectorIndex);
        var source = new StaticIndexes(snapshot);
        var extractor = new RulesIntentExtractor(IntentGazetteer.Build(table, taxonomy), TimeProvider.System);
        search = new SearchService(extractor, new EmbeddedRetriever(source, embedder), new SnapshotTitleLookup(source));
        cache = new InMemoryQueryCache();
        cache.SetAsync("hit", System.Text.Encoding.UTF8.GetBytes("{\"query\":\"x\",\"results\":[" + string.Join(',', Enumerable.Repeat("{\"id\":\"t_0123456789abcdef\"}", 200)) + "]}"), TimeSpan.FromHours(1)).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(dataDirectory, recursive: true);

    [Benchmark]
    public async Task<int> SearchCacheMiss()
    {
        var query = Queries[next++ % Queries.Length];
        var outcome = await search.SearchAsync(new SearchCommand(query, SearchFilters.None, 20, 0));
        return outcome.Results.Count;
    }

    [Benchmark]
    public async Task<int> SearchCacheHit()
    {
        var cached = await cache.GetAsync("hit");
        return SearchResponseWriter.WithMetadata(cached!, 0.1, cacheHit: true).Length;
    }

    private sealed class StaticIndexes(SearchIndexSnapshot snapshot) : ISearchIndexSource
    {
        public SearchIndexSnapshot Current => snapshot;
    }
}
