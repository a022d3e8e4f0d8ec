using MediaDiscovery.Encoders;

namespace MediaDiscovery.Encoders.Tests;

public sealed class EncoderInputTests
{
    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("tab\there\u0000", "tab here ")]
    [InlineData("ok 😀", "ok 😀")]
    public void Cleans_what_the_tokenizer_cannot_take(string text, string expected) =>
        Assert.Equal(expected, EncoderInput.Clean(text, 512));

    /// <summary>Built in code: an attribute argument cannot hold a lone surrogate (metadata stores UTF-8).</summary>
    [Fact]
    public void Lone_surrogates_become_replacement_characters()
    {
        Assert.Equal("a\uFFFDb", EncoderInput.Clean("a" + (char)0xD800 + "b", 512));
        Assert.Equal("a\uFFFD", EncoderInput.Clean("a" + (char)0xDC00, 512));
        Assert.Equal("\uFFFDa", EncoderInput.Clean((char)0xDC00 + "a", 512));
    }

    [Fact]
    public void Cuts_to_what_the_token_limit_can_use_without_splitting_a_pair()
    {
        var text = new string('a', 8 * EncoderInput.CharactersPerToken - 1) + "😀😀";
        var clean = EncoderInput.Clean(text, 8);
        Assert.Equal(8 * EncoderInput.CharactersPerToken - 1, clean.Length);
    }
}
