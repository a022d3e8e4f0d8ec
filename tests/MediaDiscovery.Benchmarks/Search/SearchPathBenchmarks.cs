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
using MediaDiscovery.Encoders;
using MediaDiscovery.Functions.Search;

namespace MediaDiscovery.Benchmarks.Search;

/// <summary>
/// The whole in-process query path on the real catalog, as the LocalHost runs it: rules intent extraction,
/// hybrid retrieval (BM25 + fuzzy titles + the sentence encoder's vectors, score fusion), title lookup,
/// diversification and paging, over a mix of title, typo, description and constraint queries (one query per
/// invocation, cycling, so the distribution and its P95 cover the mix), and over each kind alone; and the
/// cache-hit path (cache read + metadata splice). The query vector cache is off: every description is encoded.
/// Targets: P95 ≤ 15 ms for descriptions (encoder included), ≤ 3 ms for titles and constraints, ≤ 0.2 ms (hit).
/// The title vectors are kept in the temp directory between runs (embedding the catalog takes about a minute).
/// </summary>
[Config(typeof(Percentiles))]
[MemoryDiagnoser]
public class SearchPathBenchmarks
{
    private static readonly string[] Titles = ["breaking bad", "the godfather", "brooklin nine nine", "narcos", "jurassic park"];

    private static readonly string[] Descriptions =
    [
        "a chemistry teacher turns to making drugs", "astronauts travel through a wormhole to save humanity",
        "a group of kids fight monsters from another dimension in their small town", "documentaries about food",
    ];

    private static readonly string[] Constraints =
    [
        "korean thrillers on netflix", "family movies rated PG on disney+", "90s comedies with Jim Carrey",
        "shows like Friends", "horror movies under 90 minutes from the 80s", "anime series", "british crime dramas",
    ];

    private static readonly string[] Queries = [.. Titles, .. Descriptions, .. Constraints];

    private SearchService search = null!;
    private InMemoryQueryCache cache = null!;
    private OnnxSentenceEncoder encoder = null!;
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
        var dataDirectory = Path.Combine(Path.GetTempPath(), "md-searchpath-bench-vectors");
        encoder = OnnxSentenceEncoder.ArcticEmbedXs();
        var vectorIndex = new TitleVectorPipeline(encoder, dataDirectory, EmbeddingText.NameAndDescription).BuildAsync(table, CancellationToken.None).GetAwaiter().GetResult();
        var snapshot = new SearchIndexSnapshot(table, InMemoryLexicalIndex.Build(table), new FuzzyTitleMatcher(table), vectorIndex);
        var source = new StaticIndexes(snapshot);
        var extractor = new RulesIntentExtractor(IntentGazetteer.Build(table, taxonomy), TimeProvider.System);
        search = new SearchService(extractor, new EmbeddedRetriever(source, encoder, HybridRetrievalOptions.SentenceEncoder), new SnapshotTitleLookup(source));
        cache = new InMemoryQueryCache();
        cache.SetAsync("hit", System.Text.Encoding.UTF8.GetBytes("{\"query\":\"x\",\"results\":[" + string.Join(',', Enumerable.Repeat("{\"id\":\"t_0123456789abcdef\"}", 200)) + "]}"), TimeSpan.FromHours(1)).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => encoder.Dispose();

    [Benchmark]
    public Task<int> SearchCacheMiss() => SearchAsync(Queries);

    [Benchmark]
    public Task<int> SearchDescription() => SearchAsync(Descriptions);

    [Benchmark]
    public Task<int> SearchTitle() => SearchAsync(Titles);

    [Benchmark]
    public Task<int> SearchConstraint() => SearchAsync(Constraints);

    private async Task<int> SearchAsync(string[] queries)
    {
        var query = queries[next++ % queries.Length];
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
