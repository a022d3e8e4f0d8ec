using System.Text;

namespace MediaDiscovery.Embedded.Embeddings;

/// <summary>
/// Splits text into lower-case words the way GloVe 6B's vocabulary spells them: runs of letters and digits,
/// hyphenated compounds kept whole (the embedder splits them if the compound is unknown), accents folded (the
/// vocabulary has none), and clitics after an apostrophe dropped ("elizabeth's" -> "elizabeth", "don't" -> "do";
/// the package has no "'s"/"n't" tokens). Other apostrophes separate words ("o'brien" -> "o", "brien").
/// </summary>
public static class WordTokenizer
{
    private static readonly HashSet<string> Clitics = ["s", "t", "ll", "re", "ve", "d", "m"];

    public static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (c == '-' && current.Length > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
            {
                current.Append('-');
            }
            else if (IsApostrophe(c) && current.Length > 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                i = AfterApostrophe(text, i, current, tokens);
            }
            else
            {
                Flush(current, tokens);
            }
        }
        Flush(current, tokens);
        return tokens;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    /// <summary>Drops a clitic or splits the word; returns the index of the last character consumed.</summary>
    private static int AfterApostrophe(string text, int apostrophe, StringBuilder current, List<string> tokens)
    {
        var end = apostrophe + 1;
        while (end < text.Length && char.IsLetter(text[end]))
            end++;
        var suffix = text[(apostrophe + 1)..end].ToLowerInvariant();
        if (!Clitics.Contains(suffix))
        {
            Flush(current, tokens);
            return apostrophe; // the suffix starts a new word
        }
        if (suffix == "t")
            RemoveNegation(current);
        Flush(current, tokens);
        return end - 1;
    }

    // "don't" -> "do", "can't" -> "can", "won't" -> "will": GloVe 6B split these as "do" + "n't".
    private static void RemoveNegation(StringBuilder current)
    {
        var word = current.ToString();
        var replacement = word switch
        {
            "won" => "will",
            "can" => "can",
            "shan" => "shall",
            _ when word.EndsWith('n') && word.Length > 1 => word[..^1],
            _ => word,
        };
        current.Clear().Append(replacement);
    }

    private static void Flush(StringBuilder current, List<string> tokens)
    {
        if (current.Length == 0)
            return;
        var word = current.ToString();
        current.Clear();
        tokens.Add(IsAscii(word) ? word : LatinAccentFolding.Fold(word));
    }

    private static bool IsAscii(string word)
    {
        foreach (var c in word)
        {
            if (c > 127)
                return false;
        }
        return true;
    }
}
