using MediaDiscovery.Core.Catalog;

namespace MediaDiscovery.Core.Tests.Catalog;

public sealed class TitleNormaliserTests
{
    [Theory]
    [InlineData("Blood & Water", "blood and water")]
    [InlineData("Sin senos sí hay paraíso", "sin senos si hay paraiso")]
    [InlineData("Don't Look Up", "dont look up")]
    [InlineData("  InuYasha: The Movie 2 ", "inuyasha the movie 2")]
    [InlineData("\u200BRicky\u200B Velez", "ricky velez")]
    [InlineData("Zero\u200Bwidth", "zerowidth")]
    [InlineData("Amélie", "amelie")]
    [InlineData("Ame\u0301lie", "amelie")]
    [InlineData("Straße Œuvre Łódź", "strasse oeuvre lodz")]
    [InlineData("5 × 2", "5 2")]
    [InlineData("", "")]
    public void Normalises_case_punctuation_diacritics_and_invisible_characters(string title, string expected)
    {
        Assert.Equal(expected, TitleNormaliser.Normalise(title));
    }
}
