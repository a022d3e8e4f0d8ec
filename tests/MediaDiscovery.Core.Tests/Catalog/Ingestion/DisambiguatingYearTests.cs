using MediaDiscovery.Core.Catalog.Ingestion;

namespace MediaDiscovery.Core.Tests.Catalog.Ingestion;

public sealed class DisambiguatingYearTests
{
    [Theory]
    [InlineData("Aladdin (1992)", "Aladdin")]
    [InlineData("The Italian Job (1969) ", "The Italian Job")]
    [InlineData("Hunter X Hunter (2011)", "Hunter X Hunter")]
    public void A_trailing_year_in_parentheses_is_dropped(string name, string bare) =>
        Assert.Equal(bare, DisambiguatingYear.Strip(name));

    [Theory]
    [InlineData("Aladdin")]
    [InlineData("(1992)")]
    [InlineData(" (1992)")]
    [InlineData("Blade Runner 2049")]
    [InlineData("Apollo (13)")]
    [InlineData("Movie (199x)")]
    [InlineData("Movie (0042)")]
    [InlineData("Movie(1992)")]
    [InlineData("Movie (1992) Part 2")]
    [InlineData("")]
    public void Anything_else_has_none(string name) => Assert.Null(DisambiguatingYear.Strip(name));
}
