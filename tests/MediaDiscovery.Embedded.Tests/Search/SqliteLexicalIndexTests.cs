using MediaDiscovery.Core.Search;
using MediaDiscovery.Embedded.Search;

namespace MediaDiscovery.Embedded.Tests.Search;

public sealed class SqliteLexicalIndexTests : IDisposable
{
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    private static string NameOf(TitleTable table, LexicalHit hit) => table.Titles[hit.Ordinal].Name;

    [Fact]
    public void Finds_titles_by_title_description_people_and_genre_words()
    {
        var table = SearchCatalog.Table();
        using var index = SqliteLexicalIndex.OpenOrBuild(directory.Path, table);

        Assert.Equal("Squid Game", NameOf(table, index.Search("squid", null, 5)[0]));
        Assert.Equal("Ratatouille", NameOf(table, index.Search("a rat who cooks", null, 5)[0]));
        Assert.Equal("Emily in Paris", NameOf(table, index.Search("Lily Collins", null, 5)[0]));
        Assert.Contains(index.Search("science fiction", null, 10), h => NameOf(table, h) == "Dark");
    }

    [Fact]
    public void A_title_match_outranks_a_description_match()
    {
        var table = SearchCatalog.Table();
        using var index = SqliteLexicalIndex.OpenOrBuild(directory.Path, table);

        var hits = index.Search("paris", null, 5);

        Assert.Equal(["Emily in Paris", "Paris, Texas"], hits.Take(2).Select(h => NameOf(table, h)).Order());
        Assert.Equal("Ratatouille", NameOf(table, hits[2]));
        Assert.True(hits[1].Score > hits[2].Score);
    }

    [Fact]
    public void Stemming_and_folded_diacritics_match_other_forms()
    {
        var table = SearchCatalog.Table();
        using var index = SqliteLexicalIndex.OpenOrBuild(directory.Path, table);

        Assert.Equal("Dark", NameOf(table, index.Search("spanning generation", null, 1)[0]));
        Assert.Equal("Emily in Paris", NameOf(table, index.Search("PÁRÌS émily", null, 1)[0]));
    }

    [Theory]
    [MemberData(nameof(HostileText.All), MemberType = typeof(HostileText))]
    public void Hostile_text_never_throws_in_any_match_mode(string text)
    {
        var table = SearchCatalog.Table();
        using var index = SqliteLexicalIndex.OpenOrBuild(directory.Path, table);
        var mask = SearchCatalog.MaskOf(table, t => t.Type == Core.Catalog.ContentType.Series);

        foreach (var match in Enum.GetValues<LexicalMatch>())
        {
            Assert.NotNull(index.Search(text, null, 10, match));
            Assert.All(index.Search(text, mask, 10, match), h => Assert.True(mask[h.Ordinal]));
        }
    }

    [Fact]
    public void Operators_in_the_text_are_plain_words()
    {
        var table = SearchCatalog.Table();
        using var index = SqliteLexicalIndex.OpenOrBuild(directory.Path, table);

        // "NOT office" would exclude The Office if it were syntax; as words, "office" matches it.
        Assert.Contains(index.Search("NOT office", null, 5), h => NameOf(table, h) == "The Office");
        Assert.Empty(index.Search("title:", null, 5));
    }

    [Fact]
    public void A_selective_mask_is_applied_inside_the_query()
    {
        var table = SearchCatalog.Table();
        using var index = SqliteLexicalIndex.OpenOrBuild(directory.Path, table);
        var movies = SearchCatalog.MaskOf(table, t => t.Type == Core.Catalog.ContentType.Movie);

        var hits = index.Search("paris", movies, 10);

        Assert.Equal(["Paris, Texas", "Ratatouille"], hits.Select(h => NameOf(table, h)));
        Assert.Empty(index.Search("paris", new FilterMask(table.Count), 10));
    }

    [Fact]
    public void A_broad_mask_is_applied_by_over_fetching_and_every_hit_passes_it()
    {
        var table = SearchCatalog.Large(5_000);
        using var index = SqliteLexicalIndex.OpenOrBuild(directory.Path, table);
        var comedies = SearchCatalog.MaskOf(table, t => t.Genres.Contains("comedy") || t.Type == Core.Catalog.ContentType.Series);
        Assert.True(comedies.Count > SqliteLexicalIndex.SelectiveMaskLimit);

        var hits = index.Search("lighthouse keepers", comedies, 50);
        var rare = SearchCatalog.MaskOf(table, t => t.Name is "Generated 4999" or "Generated 3");
        var sparse = index.Search("lighthouse", rare, 5);

        Assert.Equal(50, hits.Count);
        Assert.All(hits, h => Assert.True(comedies[h.Ordinal]));
        Assert.Equal(2, sparse.Count);
    }

    [Fact]
    public void Hits_are_best_first_and_at_most_k()
    {
        var table = SearchCatalog.Large(300);
        using var index = SqliteLexicalIndex.OpenOrBuild(directory.Path, table);

        var hits = index.Search("generated 42 lighthouse", null, 7);

        Assert.Equal(7, hits.Count);
        Assert.Equal("Generated 42", NameOf(table, hits[0]));
        Assert.True(hits.Zip(hits.Skip(1)).All(p => p.First.Score >= p.Second.Score));
        Assert.Empty(index.Search("lighthouse", null, 0));
    }

    [Fact]
    public void An_unchanged_catalog_reuses_the_file()
    {
        var table = SearchCatalog.Table(version: 7);
        using (var first = SqliteLexicalIndex.OpenOrBuild(directory.Path, table))
            Assert.True(first.WasBuilt);
        var written = File.GetLastWriteTimeUtc(directory.File(SqliteLexicalIndex.FileName));

        using var second = SqliteLexicalIndex.OpenOrBuild(directory.Path, SearchCatalog.Table(version: 7));

        Assert.False(second.WasBuilt);
        Assert.Equal(written, File.GetLastWriteTimeUtc(directory.File(SqliteLexicalIndex.FileName)));
        Assert.NotEmpty(second.Search("squid", null, 1));
    }

    [Fact]
    public void A_new_catalog_version_or_title_count_rebuilds_the_file()
    {
        using (SqliteLexicalIndex.OpenOrBuild(directory.Path, SearchCatalog.Table(version: 1)))
        {
        }
        using var newVersion = SqliteLexicalIndex.OpenOrBuild(directory.Path, SearchCatalog.Table(version: 2));
        using var fewerTitles = SqliteLexicalIndex.OpenOrBuild(directory.Path, TitleTable.Build(SearchCatalog.Titles.Skip(1), 2));

        Assert.True(newVersion.WasBuilt);
        Assert.True(fewerTitles.WasBuilt);
        Assert.Equal(SearchCatalog.Titles.Count - 1, fewerTitles.Count);
    }

    [Fact]
    public void A_corrupt_file_is_rebuilt()
    {
        File.WriteAllText(directory.File(SqliteLexicalIndex.FileName), "not a database");

        using var index = SqliteLexicalIndex.OpenOrBuild(directory.Path, SearchCatalog.Table());

        Assert.True(index.WasBuilt);
        Assert.NotEmpty(index.Search("squid", null, 1));
    }

    [Fact]
    public void An_index_whose_file_was_rebuilt_for_another_catalog_returns_nothing_rather_than_wrong_titles()
    {
        using var old = SqliteLexicalIndex.OpenOrBuild(directory.Path, SearchCatalog.Table(version: 1));
        using var replacement = SqliteLexicalIndex.OpenOrBuild(directory.Path, SearchCatalog.Large(50, version: 2));

        Assert.Empty(old.Search("squid", null, 5));
        Assert.NotEmpty(replacement.Search("lighthouse", null, 5));
    }

    [Fact]
    public async Task Concurrent_searches_agree_with_a_single_search()
    {
        var table = SearchCatalog.Large(2_000);
        using var index = SqliteLexicalIndex.OpenOrBuild(directory.Path, table);
        var expected = index.Search("generated 7 lighthouse", null, 10);

        var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(() => index.Search("generated 7 lighthouse", null, 10))));

        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void Searches_after_dispose_still_answer()
    {
        var table = SearchCatalog.Table();
        var index = SqliteLexicalIndex.OpenOrBuild(directory.Path, table);
        index.Search("squid", null, 1);
        index.Dispose();

        Assert.NotEmpty(index.Search("squid", null, 1));
    }
}
