using MediaDiscovery.Embedded.Embeddings;

namespace MediaDiscovery.Embedded.Tests.Embeddings;

public sealed class WordTokenizerTests
{
    [Theory]
    [InlineData("Queen Elizabeth's reign", "queen elizabeth reign")]
    [InlineData("Don't stop, won't stop; can't stop", "do stop will stop can stop")]
    [InlineData("They're O'Brien's kids", "they o brien kids")]
    [InlineData("A time-travel sci-fi (2019) mystery...", "a time-travel sci-fi 2019 mystery")]
    [InlineData("Pokémon: Café Señor", "pokemon cafe senor")]
    [InlineData("rock 'n' roll - live", "rock n roll live")]
    [InlineData("it’s “quoted”", "it quoted")]
    [InlineData("", "")]
    public void Splits_like_the_glove_vocabulary(string text, string expected) =>
        Assert.Equal(expected, string.Join(' ', WordTokenizer.Tokenize(text)));
}
