using System.Text;

namespace MediaDiscovery.Encoders;

/// <summary>
/// Makes any string safe and bounded for the tokenizer: lone surrogates become U+FFFD (the tokenizer's Unicode
/// normalisation throws on them), control characters become spaces, and the text is cut to what the token limit can
/// use, so a 100k-character body costs no more than a page.
/// </summary>
internal static class EncoderInput
{
    /// <summary>Characters kept per allowed token: WordPiece tokens of real text average well under this.</summary>
    internal const int CharactersPerToken = 12;

    public static string Clean(string? text, int maxTokens)
    {
        if (string.IsNullOrEmpty(text))
            return string.Empty;
        var limit = Math.Min(text.Length, maxTokens * CharactersPerToken);
        if (limit < text.Length && char.IsHighSurrogate(text[limit - 1]))
            limit--;
        var span = text.AsSpan(0, limit);
        if (!NeedsCleaning(span))
            return limit == text.Length ? text : span.ToString();
        var builder = new StringBuilder(limit);
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                builder.Append(c).Append(span[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append('\uFFFD');
            }
            else
            {
                builder.Append(char.IsControl(c) ? ' ' : c);
            }
        }
        return builder.ToString();
    }

    /// <summary>True when the text has no letter, digit or symbol: it carries nothing to embed.</summary>
    public static bool IsBlank(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && !char.IsControl(c))
                return false;
        }
        return true;
    }

    private static bool NeedsCleaning(ReadOnlySpan<char> span)
    {
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (char.IsControl(c))
                return true;
            if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
                i++;
            else if (char.IsSurrogate(c))
                return true;
        }
        return false;
    }
}
