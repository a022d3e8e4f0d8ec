using MediaDiscovery.Core.Search;
using MediaDiscovery.Embedded.Search;

namespace MediaDiscovery.Embedded.Tests.Search;

/// <summary>The behaviour <see cref="SqliteLexicalIndexTests"/> asks of FTS5, asked of the in-memory engine.</summary>
public sealed class InMemoryLexicalIndexTests : IDisposable
{
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    private static string NameOf(TitleTable table, LexicalHit hit) => table.Titles[hit.Ordinal].Name;

    [Fact]
    public void Finds_titles_by_title_description_people_and_genre_words()
    {
        var table = SearchCatalog.Table();
        using var index = InMemoryLexicalIndex.Build(table);

        Assert.Equal("Squid Game", NameOf(table, index.Search("squid", null, 5)[0]));
        Assert.Equal("Ratatouille", NameOf(table, index.Search("a rat who cooks", null, 5)[0]));
        Assert.Equal("Emily in Paris", NameOf(table, index.Search("Lily Collins", null, 5)[0]));
        Assert.Contains(index.Search("science fiction", null, 10), h => NameOf(table, h) == "Dark");
    }

    [Fact]
    public void A_title_match_outranks_a_description_match()
    {
        var table = SearchCatalog.Table();
        using var index = InMemoryLexicalIndex.Build(table);

        var hits = index.Search("paris", null, 5);

        Assert.Equal(["Emily in Paris", "Paris, Texas"], hits.Take(2).Select(h => NameOf(table, h)).Order());
        Assert.Equal("Ratatouille", NameOf(table, hits[2]));
        Assert.True(hits[1].Score > hits[2].Score);
    }

    [Fact]
    public void Stemming_and_folded_diacritics_match_other_forms()
    {
        var table = SearchCatalog.Table();
        using var index = InMemoryLexicalIndex.Build(table);

        Assert.Equal("Dark", NameOf(table, index.Search("spanning generation", null, 1)[0]));
        Assert.Equal("Emily in Paris", NameOf(table, index.Search("PÁRÌS émily", null, 1)[0]));
    }

    [Theory]
    [MemberData(nameof(HostileText.All), MemberType = typeof(HostileText))]
    public void Hostile_text_never_throws_in_any_match_mode(string text)
    {
        var table = SearchCatalog.Table();
        using var index = InMemoryLexicalIndex.Build(table);
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
        using var index = InMemoryLexicalIndex.Build(table);

        // "NOT office" would exclude The Office if it were syntax; as words, "office" matches it.
        Assert.Contains(index.Search("NOT office", null, 5), h => NameOf(table, h) == "The Office");
        Assert.Empty(index.Search("title:", null, 5));
    }

    [Fact]
    public void A_mask_is_applied()
    {
        var table = SearchCatalog.Table();
        using var index = InMemoryLexicalIndex.Build(table);
        var movies = SearchCatalog.MaskOf(table, t => t.Type == Core.Catalog.ContentType.Movie);

        var hits = index.Search("paris", movies, 10);

        Assert.Equal(["Paris, Texas", "Ratatouille"], hits.Select(h => NameOf(table, h)));
        Assert.Empty(index.Search("paris", new FilterMask(table.Count), 10));
    }

    [Fact]
    public void Hits_are_best_first_and_at_most_k()
    {
        var table = SearchCatalog.Large(300);
        using var index = InMemoryLexicalIndex.Build(table);

        var hits = index.Search("generated 42 lighthouse", null, 7);

        Assert.Equal(7, hits.Count);
        Assert.Equal("Generated 42", NameOf(table, hits[0]));
        Assert.True(hits.Zip(hits.Skip(1)).All(p => p.First.Score >= p.Second.Score));
        Assert.Empty(index.Search("lighthouse", null, 0));
    }

    [Fact]
    public async Task Concurrent_searches_agree_with_a_single_search()
    {
        var table = SearchCatalog.Large(2_000);
        using var index = InMemoryLexicalIndex.Build(table);
        var expected = index.Search("generated 7 lighthouse", null, 10);

        var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(() => index.Search("generated 7 lighthouse", null, 10))));

        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void All_terms_and_adjacent_pairs_narrow_the_any_term_hits()
    {
        var table = SearchCatalog.Table();
        using var index = InMemoryLexicalIndex.Build(table);

        var any = index.Search("paris texas", null, 10);
        var all = index.Search("paris texas", null, 10, LexicalMatch.AllTerms);
        var pairs = index.Search("texas paris", null, 10, LexicalMatch.AdjacentPairs);

        Assert.True(any.Count > all.Count);
        Assert.Equal(["Paris, Texas"], all.Select(h => NameOf(table, h)));
        Assert.Empty(pairs);
        Assert.Equal(["Paris, Texas"], index.Search("paris texas", null, 10, LexicalMatch.AdjacentPairs).Select(h => NameOf(table, h)));
    }

    [Fact]
    public void A_warm_start_reads_the_persisted_index_and_answers_exactly_as_the_built_one()
    {
        var table = SearchCatalog.Large(500, version: 3);
        using var built = InMemoryLexicalIndex.OpenOrBuild(directory.Path, table);
        using var loaded = InMemoryLexicalIndex.OpenOrBuild(directory.Path, table);

        Assert.False(built.WasLoaded);
        Assert.True(loaded.WasLoaded);
        foreach (var text in new[] { "lighthouse keepers", "generated 42", "squid", "paris texas" })
        {
            foreach (var match in Enum.GetValues<LexicalMatch>())
                Assert.Equal(built.Search(text, null, 20, match), loaded.Search(text, null, 20, match));
        }
    }

    [Fact]
    public void Another_catalog_version_or_a_damaged_file_is_rebuilt()
    {
        using (InMemoryLexicalIndex.OpenOrBuild(directory.Path, SearchCatalog.Table(version: 1)))
        {
        }
        using var newVersion = InMemoryLexicalIndex.OpenOrBuild(directory.Path, SearchCatalog.Table(version: 2));
        Assert.False(newVersion.WasLoaded);

        var file = directory.File("lexical.bin");
        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, bytes[..(bytes.Length / 2)]);
        using var truncated = InMemoryLexicalIndex.OpenOrBuild(directory.Path, SearchCatalog.Table(version: 2));
        Assert.False(truncated.WasLoaded);
        Assert.NotEmpty(truncated.Search("squid", null, 1));

        File.WriteAllText(file, "not an index");
        using var garbage = InMemoryLexicalIndex.OpenOrBuild(directory.Path, SearchCatalog.Table(version: 2));
        Assert.False(garbage.WasLoaded);
        using var reread = InMemoryLexicalIndex.OpenOrBuild(directory.Path, SearchCatalog.Table(version: 2));
        Assert.True(reread.WasLoaded);
    }
}
