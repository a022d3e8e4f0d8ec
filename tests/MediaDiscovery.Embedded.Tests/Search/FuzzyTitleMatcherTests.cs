using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Search;
using MediaDiscovery.Embedded.Search;

namespace MediaDiscovery.Embedded.Tests.Search;

public sealed class FuzzyTitleMatcherTests
{
    private static readonly TitleTable Table = SearchCatalog.Table();
    private static readonly FuzzyTitleMatcher Matcher = new(Table);

    [Theory]
    [InlineData("stranger thigns", "Stranger Things")]
    [InlineData("ratatoullie", "Ratatouille")]
    [InlineData("brooklyn 99", "Brooklyn Nine-Nine")]
    [InlineData("brooklyn nine nine", "Brooklyn Nine-Nine")]
    [InlineData("squid gaem", "Squid Game")]
    [InlineData("goodfelas", "GoodFellas")]
    [InlineData("bobs burgers", "Bob's Burgers")]
    [InlineData("emily paris", "Emily in Paris")]
    [InlineData("the ofice", "The Office")]
    [InlineData("office", "The Office")]
    public void Misspelt_and_shortened_names_find_the_title_first(string query, string expected)
    {
        var hits = Matcher.Match(query, null, 5);

        Assert.Equal(expected, Table.Titles[hits[0].Ordinal].Name);
        Assert.InRange(hits[0].Score, FuzzyTitleMatcher.MinScore, 1.0);
    }

    [Fact]
    public void An_exact_name_scores_one()
    {
        Assert.Equal(1.0, Matcher.Match("Bob's Burgers", null, 1)[0].Score, 6);
    }

    [Fact]
    public void Text_that_names_no_title_finds_nothing()
    {
        Assert.Empty(Matcher.Match("quantum chromodynamics lecture", null, 5));
        Assert.Empty(Matcher.Match("", null, 5));
    }

    [Fact]
    public void The_mask_is_honoured()
    {
        var moviesOnly = SearchCatalog.MaskOf(Table, t => t.Type == ContentType.Movie);

        var hits = Matcher.Match("stranger things", moviesOnly, 5);

        Assert.All(hits, h => Assert.True(moviesOnly[h.Ordinal]));
        Assert.DoesNotContain(hits, h => Table.Titles[h.Ordinal].Name == "Stranger Things");
    }

    [Theory]
    [MemberData(nameof(HostileText.All), MemberType = typeof(HostileText))]
    public void Hostile_text_never_throws(string text)
    {
        Assert.NotNull(Matcher.Match(text, null, 5));
        Assert.NotNull(Matcher.Suggest(text, 5));
    }

    [Fact]
    public void Suggestions_complete_prefixes_first_best_known_first()
    {
        var suggestions = Matcher.Suggest("stra", 5);

        Assert.Equal(["Stranger Things", "Strange Magic"], suggestions.Select(s => s.Title));
        Assert.True(suggestions[0].Score > suggestions[1].Score);
        Assert.Equal("series", suggestions[0].Type);
        Assert.Equal(2016, suggestions[0].ReleaseYear);
    }

    [Fact]
    public void Suggestions_complete_after_a_leading_article()
    {
        Assert.Equal("The Office", Matcher.Suggest("offi", 3)[0].Title);
        Assert.Equal("The Office", Matcher.Suggest("the off", 3)[0].Title);
    }

    [Fact]
    public void Suggestions_tolerate_typos_after_the_prefix_matches()
    {
        var suggestions = Matcher.Suggest("strnager", 3);

        Assert.Equal("Stranger Things", suggestions[0].Title);
        Assert.Equal("Squid Game", Matcher.Suggest("sqiud g", 3)[0].Title);
    }

    [Fact]
    public void Suggestions_respect_the_limit_and_ignore_empty_input()
    {
        Assert.Single(Matcher.Suggest("s", 1));
        Assert.Empty(Matcher.Suggest("", 5));
        Assert.Empty(Matcher.Suggest("s", 0));
    }

    [Fact]
    public void An_empty_table_answers_nothing()
    {
        var empty = new FuzzyTitleMatcher(TitleTable.Empty);

        Assert.Empty(empty.Match("squid", null, 5));
        Assert.Empty(empty.Suggest("squid", 5));
    }
}
