using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Search;
using MediaDiscovery.Embedded.Search;

namespace MediaDiscovery.Embedded.Tests.Search;

public sealed class EmbeddedRetrieverTests : IDisposable
{
    private readonly TempDirectory directory = new();
    private readonly TitleTable table = SearchCatalog.Table();
    private readonly SqliteLexicalIndex lexical;

    public EmbeddedRetrieverTests() => lexical = SqliteLexicalIndex.OpenOrBuild(directory.Path, table);

    public void Dispose()
    {
        lexical.Dispose();
        directory.Dispose();
    }

    private EmbeddedRetriever Retriever(InMemoryVectorIndex? vectors = null, WordCountEmbedder? embedder = null) =>
        new(new FixedIndexes(new SearchIndexSnapshot(table, lexical, new FuzzyTitleMatcher(table), vectors)), embedder);

    private string Name(RetrievedTitle r) => table.Find(r.TitleId)!.Name;

    [Fact]
    public async Task A_misspelt_title_comes_first_found_by_title_and_bm25()
    {
        var result = await Retriever().RetrieveAsync(new RetrievalQuery("squid gaem", SearchFilters.None, 5));

        Assert.Equal("Squid Game", Name(result.Ranked[0]));
        Assert.Equal(MatchSource.Title | MatchSource.Bm25, result.Ranked[0].MatchedBy);
    }

    [Fact]
    public async Task A_description_finds_its_title()
    {
        var result = await Retriever().RetrieveAsync(new RetrievalQuery("hit man looks back on the secrets he kept", SearchFilters.None, 5));

        Assert.Equal("The Irishman", Name(result.Ranked[0]));
        Assert.True(result.Ranked.Zip(result.Ranked.Skip(1)).All(p => p.First.Score >= p.Second.Score));
    }

    [Theory]
    [InlineData("paris")]
    [InlineData("stranger thigns")]
    [InlineData("")]
    [InlineData("drama crime mafia family")]
    public async Task Every_result_passes_the_filters(string text)
    {
        var filters = new SearchFilters { Types = [ContentType.Movie], Platforms = ["netflix", "prime-video"] };
        var filter = new TitleFilter(filters);

        var result = await Retriever().RetrieveAsync(new RetrievalQuery(text, filters, 20));

        Assert.All(result.Ranked, r => Assert.True(filter.Matches(table.Find(r.TitleId)!), Name(r)));
    }

    [Fact]
    public async Task Empty_text_browses_the_filtered_titles_best_known_first()
    {
        var filters = new SearchFilters { Types = [ContentType.Series] };

        var result = await Retriever().RetrieveAsync(new RetrievalQuery("  ", filters, 3));

        var seriesCount = table.Titles.Count(t => t.Type == ContentType.Series);
        Assert.Equal(seriesCount, result.TotalMatches);
        Assert.Equal(3, result.Ranked.Count);
        Assert.All(result.Ranked, r => Assert.Equal(MatchSource.Browse, r.MatchedBy));
        Assert.Equal("Brooklyn Nine-Nine", Name(result.Ranked[0]));
    }

    [Fact]
    public async Task Depth_limits_the_results_and_total_counts_the_union_of_matches()
    {
        var result = await Retriever().RetrieveAsync(new RetrievalQuery("paris", SearchFilters.None, 1));

        Assert.Single(result.Ranked);
        Assert.True(result.TotalMatches >= 3);
    }

    [Theory]
    [MemberData(nameof(HostileText.All), MemberType = typeof(HostileText))]
    public async Task Hostile_text_never_throws(string text)
    {
        var result = await Retriever().RetrieveAsync(new RetrievalQuery(text, SearchFilters.None, 10));

        Assert.NotNull(result);
    }

    [Fact]
    public async Task Vectors_add_their_matches_when_present()
    {
        var embedder = new WordCountEmbedder("rat", "kitchen", "cook", "mafia");
        var vectors = new InMemoryVectorIndex(table.Count, embedder.Dimensions, embedder.ModelId);
        for (var i = 0; i < table.Count; i++)
            vectors.Set(i, await embedder.EmbedAsync(table.Titles[i].Description));

        var result = await Retriever(vectors, embedder).RetrieveAsync(new RetrievalQuery("kitchen", SearchFilters.None, 5));

        var ratatouille = Assert.Single(result.Ranked, r => Name(r) == "Ratatouille");
        Assert.True(ratatouille.MatchedBy.HasFlag(MatchSource.Vector));
        Assert.True(ratatouille.MatchedBy.HasFlag(MatchSource.Bm25));
    }

    /// <summary>Records what the retriever asked to encode as a query.</summary>
    private sealed class RecordingEmbedder(WordCountEmbedder inner) : Core.Ports.IEmbedder
    {
        public List<string> Queries { get; } = [];
        public string ModelId => inner.ModelId;
        public int Dimensions => inner.Dimensions;
        public Task<float[]> EmbedAsync(string text, CancellationToken ct = default) => inner.EmbedAsync(text, ct);
        public Task<IReadOnlyList<float[]>> EmbedBatchAsync(IReadOnlyList<string> texts, CancellationToken ct = default) => inner.EmbedBatchAsync(texts, ct);

        public Task<float[]> EmbedQueryAsync(string query, CancellationToken ct = default)
        {
            lock (Queries)
                Queries.Add(query);
            return inner.EmbedAsync(query, ct);
        }
    }

    private async Task<(EmbeddedRetriever Retriever, RecordingEmbedder Embedder)> EncoderRetrieverAsync()
    {
        var words = new WordCountEmbedder("rat", "kitchen", "cook", "mafia");
        var vectors = new InMemoryVectorIndex(table.Count, words.Dimensions, words.ModelId);
        for (var i = 0; i < table.Count; i++)
            vectors.Set(i, await words.EmbedAsync(table.Titles[i].Description));
        var embedder = new RecordingEmbedder(words);
        var snapshot = new SearchIndexSnapshot(table, lexical, new FuzzyTitleMatcher(table), vectors);
        return (new EmbeddedRetriever(new FixedIndexes(snapshot), embedder, HybridRetrievalOptions.SentenceEncoder), embedder);
    }

    [Fact]
    public async Task A_query_naming_a_title_is_not_encoded_and_still_finds_it()
    {
        var (retriever, embedder) = await EncoderRetrieverAsync();

        var result = await retriever.RetrieveAsync(new RetrievalQuery("ratatouille", SearchFilters.None, 5));

        Assert.Equal("Ratatouille", Name(result.Ranked[0]));
        Assert.Empty(embedder.Queries);
    }

    [Fact]
    public async Task A_description_is_encoded_as_typed_while_bm25_reads_the_residual_text()
    {
        var (retriever, embedder) = await EncoderRetrieverAsync();

        var result = await retriever.RetrieveAsync(new RetrievalQuery("rat kitchen cook", SearchFilters.None, 5) { SemanticText = "a rat who wants to cook in a kitchen" });

        Assert.Equal(["a rat who wants to cook in a kitchen"], embedder.Queries);
        Assert.Contains(result.Ranked, r => Name(r) == "Ratatouille" && r.MatchedBy.HasFlag(MatchSource.Vector));
    }

    [Fact]
    public async Task Neighbours_come_from_the_vectors_without_the_title_itself()
    {
        var embedder = new WordCountEmbedder("niro", "pacino", "ryder", "collins");
        var vectors = new InMemoryVectorIndex(table.Count, embedder.Dimensions, embedder.ModelId);
        for (var i = 0; i < table.Count; i++)
            vectors.Set(i, await embedder.EmbedAsync(string.Join(' ', table.Titles[i].Cast)));
        var goodfellas = table.Titles.Single(t => t.Name == "GoodFellas");

        var neighbours = await Retriever(vectors, embedder).NeighboursAsync(goodfellas.Id, SearchFilters.None, 3);

        Assert.DoesNotContain(neighbours, n => n.TitleId == goodfellas.Id);
        Assert.Equal("The Irishman", Name(neighbours[0]));
        Assert.All(neighbours, n => Assert.Equal(MatchSource.Vector, n.MatchedBy));
    }

    [Fact]
    public async Task Similar_weights_bring_a_title_of_the_same_type_and_genres_above_a_closer_synopsis()
    {
        // GoodFellas' nearest synopsis is Squid Game's (a series, thriller/drama); The Irishman is a little further
        // but a crime drama film like it. Every other title is far.
        var vectors = new InMemoryVectorIndex(table.Count, 3, "test");
        for (var i = 0; i < table.Count; i++)
        {
            vectors.Set(i, table.Titles[i].Name switch
            {
                "GoodFellas" => new float[] { 1f, 0f, 0f },
                "Squid Game" => new float[] { 0.95f, 0.3122f, 0f },
                "The Irishman" => new float[] { 0.85f, 0f, 0.5268f },
                _ => new float[] { 0f, 0.6f, 0.8f },
            });
        }
        var goodfellas = table.Titles.Single(t => t.Name == "GoodFellas").Id;
        var similar = new SimilarTitleWeights { Genres = 0.2, SameType = 0.05 };
        var reRanked = new EmbeddedRetriever(new FixedIndexes(new SearchIndexSnapshot(table, lexical, new FuzzyTitleMatcher(table), vectors)),
            options: HybridRetrievalOptions.SentenceEncoder with { Similar = similar });

        Assert.Equal("Squid Game", Name((await Retriever(vectors).NeighboursAsync(goodfellas, SearchFilters.None, 2))[0]));
        var neighbours = await reRanked.NeighboursAsync(goodfellas, SearchFilters.None, 2);
        Assert.Equal(["The Irishman", "Squid Game"], neighbours.Select(Name));
        Assert.Throws<InvalidOperationException>(() => (similar with { Genres = -1 }).Validate());
    }

    [Fact]
    public async Task Without_vectors_neighbours_share_genres_and_people_and_pass_the_filters()
    {
        var goodfellas = table.Titles.Single(t => t.Name == "GoodFellas");
        var filters = new SearchFilters { Platforms = ["netflix"] };

        var neighbours = await Retriever().NeighboursAsync(goodfellas.Id, filters, 3);

        Assert.Equal("The Irishman", Name(neighbours[0]));
        Assert.DoesNotContain(neighbours, n => n.TitleId == goodfellas.Id);
        Assert.All(neighbours, n => Assert.True(new TitleFilter(filters).Matches(table.Find(n.TitleId)!)));
        Assert.Empty(await Retriever().NeighboursAsync("t_0000000000000000", SearchFilters.None, 3));
    }
}
