namespace MediaDiscovery.Embedded.Embeddings;

/// <summary>
/// Latin letters with diacritics to their ASCII base ("é" -> "e", "ß" -> "ss"): GloVe 6B's vocabulary is ASCII,
/// and with invariant globalization <c>string.Normalize</c> cannot decompose, so the table is explicit.
/// </summary>
internal static class LatinAccentFolding
{
    // Declared before BaseOf: static fields initialise in textual order.
    private static readonly Dictionary<string, string> Groups = new(StringComparer.Ordinal)
    {
        ["àáâãäåāăąǎǟǡǻȁȃȧ"] = "a",
        ["çćĉċč"] = "c",
        ["ď"] = "d",
        ["èéêëēĕėęěȅȇȩ"] = "e",
        ["ĝğġģǧǵ"] = "g",
        ["ĥȟ"] = "h",
        ["ìíîïĩīĭįǐȉȋ"] = "i",
        ["ĵǰ"] = "j",
        ["ķǩ"] = "k",
        ["ĺļľ"] = "l",
        ["ñńņňǹ"] = "n",
        ["òóôõöōŏőơǒǫǭȍȏȫȭȯȱ"] = "o",
        ["ŕŗřȑȓ"] = "r",
        ["śŝşšș"] = "s",
        ["ţťț"] = "t",
        ["ùúûüũūŭůűųưǔǖǘǚǜȕȗ"] = "u",
        ["ŵ"] = "w",
        ["ýÿŷȳ"] = "y",
        ["źżž"] = "z",
        ["ß"] = "ss",
        ["æ"] = "ae",
        ["œ"] = "oe",
        ["ø"] = "o",
        ["đ"] = "d",
        ["ł"] = "l",
        ["ı"] = "i",
        ["ð"] = "d",
        ["þ"] = "th",
    };

    private static readonly Dictionary<char, string> BaseOf = Build();

    public static string Fold(string word)
    {
        var folded = new System.Text.StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (BaseOf.TryGetValue(c, out var ascii))
                folded.Append(ascii);
            else
                folded.Append(c);
        }
        return folded.ToString();
    }

    private static Dictionary<char, string> Build()
    {
        var map = new Dictionary<char, string>();
        foreach (var (letters, ascii) in Groups)
        {
            foreach (var letter in letters)
                map[letter] = ascii;
        }
        return map;
    }
}
