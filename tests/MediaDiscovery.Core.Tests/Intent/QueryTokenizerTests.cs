using MediaDiscovery.Core.Intent;

namespace MediaDiscovery.Core.Tests.Intent;

public sealed class QueryTokenizerTests
{
    [Theory]
    [InlineData("Rom-Com", "rom com")]
    [InlineData("disney+ shows", "disney plus shows")]
    [InlineData("90's and 1990s", "90s and 1990s")]
    [InlineData("over 2.5 hours", "over 2.5 hours")]
    [InlineData("90min", "90 min")]
    [InlineData("PG-13", "pg 13")]
    [InlineData("Amélie", "amelie")]
    [InlineData("🎬 horror\u202E", "horror")]
    [InlineData("Schitt's Creek", "schitts creek")]
    public void Splits_into_normal_forms(string query, string joined) =>
        Assert.Equal(joined, new ParsedQuery(query).Joined);

    [Fact]
    public void Possessives_keep_their_base()
    {
        var tokens = QueryTokenizer.Tokenize("Spielberg's and Hanks' films");
        Assert.True(tokens[0].Possessive);
        Assert.Equal("spielberg", tokens[0].Base);
        Assert.Equal("spielbergs", tokens[0].Text);
        Assert.True(tokens[2].Possessive);
        Assert.Equal("hanks", tokens[2].Base);
    }

    [Fact]
    public void Input_is_bounded()
    {
        Assert.True(QueryTokenizer.Tokenize(new string('x', 50_000)).Count <= QueryTokenizer.MaxTokens);
        Assert.Equal(QueryTokenizer.MaxTokens, QueryTokenizer.Tokenize(string.Join(' ', Enumerable.Repeat("a", 500))).Count);
    }
}
