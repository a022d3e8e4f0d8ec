using System.Collections.Frozen;
using MediaDiscovery.Core.Catalog;

namespace MediaDiscovery.Embedded.Search;

/// <summary>
/// A title (or a query) as the fuzzy matcher compares it: normalised words with number words and roman numerals
/// as digits ("nine nine" -> "9 9", "ii" -> "2"), and the same words run together ("brooklyn99"), so spacing,
/// apostrophes and how numbers are written do not matter.
/// </summary>
internal sealed class TitleKey
{
    private static readonly FrozenDictionary<string, string> Numbers = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["zero"] = "0",
        ["one"] = "1",
        ["two"] = "2",
        ["three"] = "3",
        ["four"] = "4",
        ["five"] = "5",
        ["six"] = "6",
        ["seven"] = "7",
        ["eight"] = "8",
        ["nine"] = "9",
        ["ten"] = "10",
        ["eleven"] = "11",
        ["twelve"] = "12",
        ["thirteen"] = "13",
        ["fourteen"] = "14",
        ["fifteen"] = "15",
        ["sixteen"] = "16",
        ["seventeen"] = "17",
        ["eighteen"] = "18",
        ["nineteen"] = "19",
        ["twenty"] = "20",
        ["thirty"] = "30",
        ["forty"] = "40",
        ["fifty"] = "50",
        ["hundred"] = "100",
        ["ii"] = "2",
        ["iii"] = "3",
        ["iv"] = "4",
        ["vi"] = "6",
        ["vii"] = "7",
        ["viii"] = "8",
        ["ix"] = "9",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Articles = FrozenSet.ToFrozenSet(["the", "a", "an"], StringComparer.Ordinal);

    private TitleKey(string normalised, string[] words)
    {
        Normalised = normalised;
        Words = words;
        Compact = string.Concat(words);
        var start = words.Length > 1 && Articles.Contains(words[0]) ? 1 : 0;
        CompactWithoutArticle = string.Concat(words.AsSpan(start));
    }

    /// <summary>The <see cref="TitleNormaliser"/> form ("bobs burgers").</summary>
    public string Normalised { get; }

    public string[] Words { get; }

    public string Compact { get; }

    /// <summary><see cref="Compact"/> without a leading article: "The Office" is also "office".</summary>
    public string CompactWithoutArticle { get; }

    public static TitleKey Of(string? text)
    {
        var normalised = TitleNormaliser.Normalise(text);
        var words = normalised.Length == 0 ? [] : normalised.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            if (Numbers.TryGetValue(words[i], out var digits))
                words[i] = digits;
        }
        return new TitleKey(normalised, words);
    }
}
