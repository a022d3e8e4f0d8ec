using MediaDiscovery.Embedded.Search;

namespace MediaDiscovery.Embedded.Tests.Search;

public sealed class Fts5MatchExpressionTests
{
    [Fact]
    public void Any_term_quotes_each_significant_word_and_ors_them()
    {
        Assert.Equal("\"queen\" OR \"elizabeth\" OR \"reign\"", Fts5MatchExpression.Build("Queen Elizabeth's reign of the", LexicalMatch.AnyTerm));
    }

    [Fact]
    public void All_terms_and_adjacent_pairs_build_their_own_forms()
    {
        Assert.Equal("\"emily\" AND \"paris\"", Fts5MatchExpression.Build("emily in paris", LexicalMatch.AllTerms));
        Assert.Equal("\"emily in\" OR \"in paris\"", Fts5MatchExpression.Build("emily in paris", LexicalMatch.AdjacentPairs));
    }

    [Fact]
    public void A_query_of_only_stop_words_still_matches_them()
    {
        Assert.Equal("\"it\"", Fts5MatchExpression.Build("It", LexicalMatch.AnyTerm));
    }

    [Theory]
    [MemberData(nameof(HostileText.All), MemberType = typeof(HostileText))]
    public void Hostile_text_yields_only_quoted_words(string text)
    {
        var expression = Fts5MatchExpression.Build(text, LexicalMatch.AnyTerm);
        if (expression is null)
            return;
        foreach (var part in expression.Split(" OR "))
        {
            Assert.StartsWith("\"", part);
            Assert.EndsWith("\"", part);
            Assert.DoesNotContain('"', part[1..^1]);
            Assert.All(part[1..^1].EnumerateRunes(), r => Assert.True(System.Text.Rune.IsLetterOrDigit(r), part));
        }
    }
}
