using MediaDiscovery.Core.Catalog.Ingestion;

namespace MediaDiscovery.Core.Tests.Catalog.Ingestion;

public sealed class PossessiveCreditTests
{
    [Theory]
    [InlineData("Marvel Studios' Avengers: Endgame", "Avengers: Endgame")]
    [InlineData("Tim Burton's The Nightmare Before Christmas", "The Nightmare Before Christmas")]
    [InlineData("Dr. Seuss' The Lorax", "The Lorax")]
    [InlineData("Tom Clancy’s Jack Ryan", "Jack Ryan")]
    [InlineData("Tyler Perry's Madea's Family Reunion", "Madea's Family Reunion")]
    public void Strips_a_leading_credit(string name, string bare) => Assert.Equal(bare, PossessiveCredit.Strip(name));

    [Theory]
    [InlineData("Schitt's Creek")]
    [InlineData("The Queen's Gambit")]
    [InlineData("A Bug's Life")]
    [InlineData("Harry Potter and the Sorcerer's Stone")]
    [InlineData("Star Wars: The Clone Wars' Final Season Begins")]
    [InlineData("Up")]
    [InlineData("")]
    [InlineData("'s ")]
    public void Leaves_titles_without_a_credit_alone(string name) => Assert.Null(PossessiveCredit.Strip(name));

    [Fact]
    public void Long_names_are_not_read()
    {
        var name = string.Concat(Enumerable.Repeat("a's ", 20_000)) + "end";
        Assert.Null(PossessiveCredit.Strip(name));
        Assert.Equal("b c", PossessiveCredit.Strip("a's b c" + new string(' ', PossessiveCredit.MaxLength - 7)));
    }
}
