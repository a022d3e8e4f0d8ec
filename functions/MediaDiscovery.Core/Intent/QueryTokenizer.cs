using System.Text;
using MediaDiscovery.Core.Catalog;

namespace MediaDiscovery.Core.Intent;

/// <summary>
/// Splits a query into words the phrase tables can match: letters and digits, split where digits meet letters
/// ("90min" -> 90 min) except a decade's "s" ("90s"), decimals kept ("2.5"), apostrophes dropped inside words
/// with possessives noted, a trailing "+" read as the word "plus" ("disney+"), everything else a separator
/// (emoji, control and direction-override characters included).
/// </summary>
public static class QueryTokenizer
{
    /// <summary>Queries longer than this are cut: the extractor stays fast on any input (the API allows 500).</summary>
    public const int MaxChars = 1000;

    public const int MaxTokens = 100;

    public static List<QueryToken> Tokenize(string query)
    {
        var tokens = new List<QueryToken>();
        var text = query.Length > MaxChars ? query[..MaxChars] : query;
        var i = 0;
        while (i < text.Length && tokens.Count < MaxTokens)
        {
            if (IsWordChar(text[i]))
                i = ReadWord(text, i, tokens);
            else
                i++;
        }
        return tokens;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) && !char.IsSurrogate(c);

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '`';

    private static int ReadWord(string text, int start, List<QueryToken> tokens)
    {
        var raw = new StringBuilder();
        var digits = char.IsAsciiDigit(text[start]);
        var i = start;
        var possessiveAt = -1;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                if (char.IsAsciiDigit(c) != digits && !IsDecadeSuffix(text, i, digits))
                    break;
                raw.Append(c);
                i++;
            }
            else if (IsApostrophe(c) && i + 1 < text.Length && char.IsLetter(text[i + 1]) && raw.Length > 0)
            {
                // "spielberg's" -> spielbergs (as titles normalise) with base "spielberg"; "90's" -> 90s.
                if (char.ToLowerInvariant(text[i + 1]) == 's' && (i + 2 >= text.Length || !IsWordChar(text[i + 2])) && !digits)
                    possessiveAt = raw.Length;
                i++;
            }
            else if (c == '.' && digits && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
            {
                raw.Append(c);
                i++;
            }
            else
            {
                break;
            }
        }
        var trailingApostrophe = i < text.Length && IsApostrophe(text[i]) && raw.Length > 1 && char.ToLowerInvariant(raw[^1]) == 's';
        Add(tokens, text, start, i - start, raw.ToString(), possessiveAt, trailingApostrophe);
        if (i < text.Length && text[i] == '+' && tokens.Count < MaxTokens)
        {
            tokens.Add(new QueryToken("plus", "plus", i, 1, false, false));
            i++;
        }
        return i;
    }

    private static bool IsDecadeSuffix(string text, int i, bool inDigits) =>
        inDigits && char.ToLowerInvariant(text[i]) == 's' && (i + 1 >= text.Length || !IsWordChar(text[i + 1]));

    private static void Add(List<QueryToken> tokens, string text, int start, int length, string raw, int possessiveAt, bool trailingApostrophe)
    {
        var normal = raw.Contains('.', StringComparison.Ordinal) ? raw : TitleNormaliser.Normalise(raw);
        if (normal.Length == 0)
            return;
        var baseText = possessiveAt > 0 ? TitleNormaliser.Normalise(raw[..possessiveAt]) : normal;
        var possessive = possessiveAt > 0 || trailingApostrophe;
        tokens.Add(new QueryToken(normal, baseText, start, length, possessive, char.IsUpper(text[start])));
    }

    /// <summary>The phrase key of a configured phrase: its tokens' normal forms joined by single spaces.</summary>
    public static string PhraseKey(string phrase) => string.Join(' ', Tokenize(phrase).Select(t => t.Text));
}
