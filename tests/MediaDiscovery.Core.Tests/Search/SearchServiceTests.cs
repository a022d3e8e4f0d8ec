using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Search;
using MediaDiscovery.Testing;

namespace MediaDiscovery.Core.Tests.Search;

public sealed class SearchServiceTests
{
    private static readonly Title[] Catalog =
    [
        .. Enumerable.Range(1, 8).Select(i => SampleTitles.Movie($"Star Saga {i}", 1990 + i, ("netflix", $"s{i}"))),
        SampleTitles.Movie("Inception", 2010, ("netflix", "s20")),
        SampleTitles.Movie("Interstellar", 2014, ("prime-video", "s21")),
        SampleTitles.Series("Dark", 2017, ("netflix", "s22")),
    ];

    private sealed class FixedExtractor(SearchIntent intent) : IIntentExtractor
    {
        public ValueTask<SearchIntent> ExtractAsync(string query, CancellationToken ct = default) => ValueTask.FromResult(intent);
    }

    private sealed class ListRetriever : IRetriever
    {
        public RetrievalQuery? LastQuery { get; private set; }
        public string? LastNeighbourOf { get; private set; }

        public Task<RetrievalResult> RetrieveAsync(RetrievalQuery query, CancellationToken ct = default)
        {
            LastQuery = query;
            var filter = new TitleFilter(query.Filters);
            var hits = Catalog.Where(filter.Matches).Select((t, i) => new RetrievedTitle(t.Id, 1.0 / (i + 1), MatchSource.Bm25)).ToList();
            return Task.FromResult(new RetrievalResult(hits.Take(query.Depth).ToList(), hits.Count));
        }

        public Task<IReadOnlyList<RetrievedTitle>> NeighboursAsync(string titleId, SearchFilters filters, int k, CancellationToken ct = default)
        {
            LastNeighbourOf = titleId;
            IReadOnlyList<RetrievedTitle> hits = Catalog.Where(t => t.Id != titleId && new TitleFilter(filters).Matches(t))
                .Select(t => new RetrievedTitle(t.Id, 0.5, MatchSource.Vector)).Take(k).ToList();
            return Task.FromResult(hits);
        }
    }

    private sealed class ArrayLookup : ITitleLookup
    {
        public Task<IReadOnlyList<Title>> GetManyAsync(IReadOnlyList<string> ids, CancellationToken ct = default) =>
            Task.FromResult<IReadOnlyList<Title>>(ids.Select(id => Catalog.FirstOrDefault(t => t.Id == id)).OfType<Title>().ToList());

        public Task<Title?> FindByNameAsync(string name, CancellationToken ct = default) =>
            Task.FromResult(Catalog.FirstOrDefault(t => TitleNormaliser.Normalise(t.Name) == TitleNormaliser.Normalise(name)));
    }

    private static SearchService Service(SearchIntent intent, ListRetriever retriever) =>
        new(new FixedExtractor(intent), retriever, new ArrayLookup());

    [Fact]
    public async Task Explicit_filters_win_over_extracted_ones_and_reach_the_retriever()
    {
        var retriever = new ListRetriever();
        var extracted = new SearchIntent { Filters = new SearchFilters { Platforms = ["prime-video"], Types = [ContentType.Movie] }, Text = "space" };
        var outcome = await Service(extracted, retriever).SearchAsync(
            new SearchCommand("space movies on prime", new SearchFilters { Platforms = ["netflix"] }, 10, 0));

        Assert.Equal(["netflix"], retriever.LastQuery!.Filters.Platforms);
        Assert.Equal([ContentType.Movie], retriever.LastQuery.Filters.Types);
        Assert.Equal("space", retriever.LastQuery.Text);
        Assert.Equal(["netflix"], outcome.Intent.Filters.Platforms);
        Assert.All(outcome.Results, r => Assert.Contains(r.Title.Availability, a => a.Platform == "netflix"));
    }

    [Theory]
    [InlineData("good omen", "omen", null, "good omen")]
    [InlineData("good omen on netflix", "omen", "netflix", "omen")]
    [InlineData("a really long description of a show with many words in it", "long description show many words", null, "long description show many words")]
    public async Task A_short_query_with_no_slot_is_searched_as_typed_otherwise_its_residual_text(string query, string residual, string? platform, string searched)
    {
        var retriever = new ListRetriever();
        var extracted = new SearchIntent { Text = residual, Filters = platform is null ? SearchFilters.None : new SearchFilters { Platforms = [platform] } };

        await Service(extracted, retriever).SearchAsync(new SearchCommand(query, SearchFilters.None, 10, 0));

        Assert.Equal(searched, retriever.LastQuery!.Text);
    }

    [Fact]
    public async Task Other_titles_move_ahead_of_a_third_title_of_one_franchise()
    {
        // Retrieval ranks the eight sagas first; the other three titles move up behind the first two sagas.
        var outcome = await Service(new SearchIntent { Text = "saga" }, new ListRetriever()).SearchAsync(new SearchCommand("saga", SearchFilters.None, 11, 0));
        var keys = outcome.Results.Select(r => FranchiseDiversifier.FranchiseKey(r.Title.Name)).ToList();
        Assert.Equal(["star saga", "star saga", "inception", "interstellar", "dark"], keys.Take(5));
        Assert.Equal(11, keys.Count);
        Assert.Equal(Catalog.Length, outcome.Total);
    }

    [Fact]
    public async Task Pages_follow_each_other_without_overlap()
    {
        var service = Service(new SearchIntent { Text = "x" }, new ListRetriever());
        var first = await service.SearchAsync(new SearchCommand("x", SearchFilters.None, 4, 0));
        var second = await service.SearchAsync(new SearchCommand("x", SearchFilters.None, 4, first.NextOffset!.Value));
        var third = await service.SearchAsync(new SearchCommand("x", SearchFilters.None, 4, second.NextOffset!.Value));
        var all = first.Results.Concat(second.Results).Concat(third.Results).Select(r => r.Title.Id).ToList();
        Assert.Equal(Catalog.Length, all.Distinct().Count());
        Assert.Null(third.NextOffset);
    }

    [Fact]
    public async Task Like_x_returns_neighbours_of_the_named_title_within_the_filters()
    {
        var retriever = new ListRetriever();
        var intent = new SearchIntent { Intent = IntentKind.Similar, SimilarTo = "inception", Filters = new SearchFilters { Types = [ContentType.Movie] } };
        var outcome = await Service(intent, retriever).SearchAsync(new SearchCommand("movies like inception", SearchFilters.None, 10, 0));
        Assert.Equal(Catalog.Single(t => t.Name == "Inception").Id, retriever.LastNeighbourOf);
        Assert.DoesNotContain(outcome.Results, r => r.Title.Name == "Inception");
        Assert.All(outcome.Results, r => Assert.Equal(ContentType.Movie, r.Title.Type));
    }

    [Fact]
    public async Task An_empty_query_browses_by_filters()
    {
        var retriever = new ListRetriever();
        var outcome = await Service(new SearchIntent(), retriever).SearchAsync(
            new SearchCommand("", new SearchFilters { Types = [ContentType.Series] }, 10, 0));
        Assert.Equal("", retriever.LastQuery!.Text);
        Assert.Equal("Dark", Assert.Single(outcome.Results).Title.Name);
    }

    [Theory]
    [InlineData("Star Wars: Episode IV", "star wars")]
    [InlineData("Toy Story 3", "toy story")]
    [InlineData("Rocky II", "rocky")]
    [InlineData("Up", "up")]
    [InlineData("2012", "2012")]
    public void Franchise_keys_drop_subtitles_and_sequel_numbers(string title, string key) =>
        Assert.Equal(key, FranchiseDiversifier.FranchiseKey(title));

    [Fact]
    public async Task Genres_read_from_a_description_are_dropped_when_they_find_nothing()
    {
        var retriever = new ListRetriever();
        var extracted = new SearchIntent { Text = "birmingham after first", Filters = new SearchFilters { Genres = ["crime", "war"], Types = [ContentType.Movie] } };

        var outcome = await Service(extracted, retriever).SearchAsync(
            new SearchCommand("gangster family in birmingham after the first world war", SearchFilters.None, 10, 0));

        Assert.NotEmpty(outcome.Results);
        Assert.Empty(outcome.Intent.Filters.Genres);
        Assert.Equal([ContentType.Movie], outcome.Intent.Filters.Types);
        Assert.Empty(retriever.LastQuery!.Filters.Genres);
    }

    [Fact]
    public async Task Genres_the_request_names_are_kept_even_when_they_find_nothing()
    {
        var retriever = new ListRetriever();
        var extracted = new SearchIntent { Text = "birmingham", Filters = new SearchFilters { Genres = ["crime"] } };

        var outcome = await Service(extracted, retriever).SearchAsync(
            new SearchCommand("crime in birmingham", new SearchFilters { Genres = ["war"] }, 10, 0));

        Assert.Empty(outcome.Results);
        Assert.Equal(["war"], outcome.Intent.Filters.Genres);
    }
}
