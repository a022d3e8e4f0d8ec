using MediaDiscovery.Core.Search;
using MediaDiscovery.Embedded.Search;

namespace MediaDiscovery.Embedded.Tests.Search;

/// <summary>
/// The dev set's known-item and title-typo queries (text only, no filters) through the lexical-only retriever
/// over the real catalog. Floors sit just under what the configuration reaches, so a regression fails; the
/// GloVe vectors are meant to add on top.
/// </summary>
public sealed class DevSetQualityTests : IClassFixture<DevSetQualityTests.Indexes>
{
    private readonly Indexes indexes;

    public DevSetQualityTests(Indexes indexes) => this.indexes = indexes;

    /// <summary>The real catalog's lexical index and fuzzy matcher, built once for the class in a temp directory.</summary>
    public sealed class Indexes : IDisposable
    {
        private readonly TempDirectory directory = new();

        public Indexes()
        {
            var table = RealCatalog.Table;
            if (table is null)
                return;
            Lexical = SqliteLexicalIndex.OpenOrBuild(directory.Path, table);
            Snapshot = new SearchIndexSnapshot(table, InMemoryLexicalIndex.Build(table), new FuzzyTitleMatcher(table), null);
        }

        public SqliteLexicalIndex? Lexical { get; }

        public SearchIndexSnapshot? Snapshot { get; }

        public string DirectoryPath => directory.Path;

        public void Dispose()
        {
            Lexical?.Dispose();
            directory.Dispose();
        }
    }

    private async Task<RankingQuality> MeasureAsync(string kind, HybridRetrievalOptions options)
    {
        var snapshot = indexes.Snapshot ?? throw new InvalidOperationException(Testing.SharedData.MissingMessage);
        var retriever = new EmbeddedRetriever(new FixedIndexes(snapshot), null, options);
        var ranks = new List<int>();
        foreach (var query in DevSet.Load(kind))
        {
            var result = await retriever.RetrieveAsync(new RetrievalQuery(query.Text, SearchFilters.None, 10));
            ranks.Add(DevSet.RankOfExpected(query, result.Ranked.Select(r => snapshot.Titles.Find(r.TitleId)!)));
        }
        return RankingQuality.Of(ranks);
    }

    private static readonly HybridRetrievalOptions Bm25Only = new() { UseTitles = false, TypeCueBonus = 0, PriorScale = 0 };

    [Fact]
    public async Task Known_item_queries_find_their_title()
    {
        RealCatalog.Require();
        var fused = await MeasureAsync("known-item", HybridRetrievalOptions.Default);
        var bm25 = await MeasureAsync("known-item", Bm25Only);

        Assert.True(fused.MrrAt10 >= 0.37, fused.ToString());
        Assert.True(fused.SuccessAt10 >= 0.6, fused.ToString());
        Assert.True(fused.MrrAt10 >= bm25.MrrAt10, $"fused {fused} < bm25 {bm25}");
    }

    [Fact]
    public async Task Misspelt_titles_are_found()
    {
        RealCatalog.Require();
        var fused = await MeasureAsync("title-typo", HybridRetrievalOptions.Default);
        var fuzzyOnly = await MeasureAsync("title-typo", new HybridRetrievalOptions { UseLexical = false });

        Assert.True(fused.SuccessAt10 >= 0.9, fused.ToString());
        Assert.True(fused.SuccessAt1 >= 0.75, fused.ToString());
        Assert.True(fuzzyOnly.SuccessAt10 >= 0.9, fuzzyOnly.ToString());
    }

    [Fact]
    public void The_real_catalog_index_reopens_without_rebuilding()
    {
        // Build and reopen times are benchmarks (docs/benchmarks.md), not assertions here.
        var table = RealCatalog.Require();
        Assert.True(indexes.Lexical!.WasBuilt);

        using var reopened = SqliteLexicalIndex.OpenOrBuild(indexes.DirectoryPath, table);

        Assert.False(reopened.WasBuilt);
        Assert.Equal(table.Count, reopened.Count);
    }
}
