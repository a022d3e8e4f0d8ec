using BenchmarkDotNet.Attributes;
using MediaDiscovery.Core.Catalog.Ingestion;
using MediaDiscovery.Core.Search;
using MediaDiscovery.Embedded.Search;

namespace MediaDiscovery.Benchmarks.Search;

/// <summary>
/// Retrieval on the real catalog (22k titles), lexical only: suggestions, fuzzy titles, BM25, and whole hybrid
/// searches of a title, a description and a filtered query. Targets: suggestions &lt; 2 ms, a search p95 ≤ 10 ms.
/// </summary>
[MemoryDiagnoser]
public class SearchBenchmarks
{
    private const string Description = "hit man for the mafia looks back on his life and the disappearance of jimmy hoffa";

    private string dataDirectory = null!;
    private SqliteLexicalIndex lexical = null!;
    private InMemoryLexicalIndex memory = null!;
    private TitleTable titles = null!;
    private FuzzyTitleMatcher fuzzy = null!;
    private EmbeddedRetriever retriever = null!;
    private SearchFilters netflixMovies = null!;

    [GlobalSetup]
    public void Setup()
    {
        var table = RealCatalogTitles.Load();
        dataDirectory = Directory.CreateTempSubdirectory("md-search-bench-").FullName;
        lexical = SqliteLexicalIndex.OpenOrBuild(dataDirectory, table);
        memory = InMemoryLexicalIndex.Build(table);
        titles = table;
        fuzzy = new FuzzyTitleMatcher(table);
        retriever = new EmbeddedRetriever(new StaticIndexes(new SearchIndexSnapshot(table, memory, fuzzy, null)));
        netflixMovies = new SearchFilters { Platforms = ["netflix"], Types = [Core.Catalog.ContentType.Movie] };
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        lexical.Dispose();
        Directory.Delete(dataDirectory, recursive: true);
    }

    [Benchmark]
    public int SuggestShortPrefix() => fuzzy.Suggest("stra", 10).Count;

    [Benchmark]
    public int SuggestOneLetter() => fuzzy.Suggest("s", 10).Count;

    [Benchmark]
    public int SuggestMisspeltPrefix() => fuzzy.Suggest("strnag", 10).Count;

    [Benchmark]
    public int FuzzyTitle() => fuzzy.Match("stranger thigns", null, 20).Count;

    [Benchmark]
    public int Bm25Description() => lexical.Search(Description, null, 100).Count;

    [Benchmark]
    public int Bm25DescriptionInMemory() => memory.Search(Description, null, 100).Count;

    [Benchmark]
    public int BuildInMemoryLexicalIndex() => InMemoryLexicalIndex.Build(titles).TermCount;

    [Benchmark]
    public async Task<int> SearchTitle() => (await retriever.RetrieveAsync(new RetrievalQuery("squid gaem", SearchFilters.None, 20))).Ranked.Count;

    [Benchmark]
    public async Task<int> SearchDescription() => (await retriever.RetrieveAsync(new RetrievalQuery(Description, SearchFilters.None, 20))).Ranked.Count;

    [Benchmark]
    public async Task<int> SearchFiltered() => (await retriever.RetrieveAsync(new RetrievalQuery("time travel mystery", netflixMovies, 20))).Ranked.Count;

    [Benchmark]
    public async Task<int> BrowseFiltered() => (await retriever.RetrieveAsync(new RetrievalQuery("", netflixMovies, 20))).Ranked.Count;

    private sealed class StaticIndexes(SearchIndexSnapshot snapshot) : ISearchIndexSource
    {
        public SearchIndexSnapshot Current => snapshot;
    }
}
