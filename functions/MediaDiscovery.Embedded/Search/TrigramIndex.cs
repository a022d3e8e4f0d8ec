namespace MediaDiscovery.Embedded.Search;

/// <summary>
/// Character trigrams of each title's compact key, padded with a start and an end marker, mapped to the ordinals
/// that contain them: the candidate generator for fuzzy matching (a typo leaves most trigrams intact).
/// </summary>
internal sealed class TrigramIndex
{
    private const char Boundary = '\u0001';

    private readonly Dictionary<long, int[]> postings;

    public TrigramIndex(IReadOnlyList<string> keys)
    {
        var lists = new Dictionary<long, List<int>>();
        var grams = new HashSet<long>();
        GramCounts = new int[keys.Count];
        for (var ordinal = 0; ordinal < keys.Count; ordinal++)
        {
            grams.Clear();
            Collect(keys[ordinal], padEnd: true, grams);
            GramCounts[ordinal] = grams.Count;
            foreach (var gram in grams)
            {
                if (!lists.TryGetValue(gram, out var list))
                    lists[gram] = list = [];
                list.Add(ordinal);
            }
        }
        postings = lists.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }

    /// <summary>How many distinct trigrams each ordinal's key has.</summary>
    public int[] GramCounts { get; }

    public int Count => GramCounts.Length;

    /// <summary>The ordinals containing the trigram (empty when none).</summary>
    public ReadOnlySpan<int> Postings(long gram) => postings.TryGetValue(gram, out var list) ? list : [];

    /// <summary>Distinct trigrams of a key; a prefix being typed has no end marker (its end is not the title's).</summary>
    public static void Collect(string key, bool padEnd, HashSet<long> into)
    {
        if (key.Length == 0)
            return;
        var padded = padEnd ? Boundary + key + Boundary : Boundary + key;
        if (padded.Length < 3)
        {
            into.Add(Gram(padded[0], padded[1], Boundary));
            return;
        }
        for (var i = 0; i + 2 < padded.Length; i++)
            into.Add(Gram(padded[i], padded[i + 1], padded[i + 2]));
    }

    private static long Gram(char a, char b, char c) => ((long)a << 32) | ((long)b << 16) | c;
}
