using MediaDiscovery.Core.Catalog;

namespace MediaDiscovery.Core.Search;

/// <summary>
/// Keeps one franchise from filling the first page ("not ten seasons of one franchise"): at most
/// <c>maxPerFranchise</c> titles of a franchise among the first <c>window</c>; the others move down, in order.
/// A franchise is the normalised title up to a subtitle separator or a trailing sequel number. When the franchise's
/// original ("Toy Story" beside "Toy Story 3" and "Toy Story: That Time Forgot") is ranked within two pages, one of
/// its slots waits for it: a first page that shows a franchise shows where it starts, which is also the title people
/// describing the franchise mostly mean.
/// </summary>
public static class FranchiseDiversifier
{
    public static IReadOnlyList<T> Diversify<T>(IReadOnlyList<T> ranked, Func<T, Title> titleOf, int window = 10, int maxPerFranchise = 2)
    {
        if (ranked.Count <= 1)
            return ranked;
        // Each item's franchise is worked out once, when first needed (the originals scan and the page share it).
        var franchises = new (string Key, bool Original)?[ranked.Count];
        (string Key, bool Original) FranchiseOf(int i) => franchises[i] ??= Classify(titleOf(ranked[i]).Name);

        var result = new List<T>(ranked.Count);
        var deferred = new List<T>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var originalsAhead = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < ranked.Count && i < 2 * window; i++)
        {
            if (FranchiseOf(i) is { Original: true } franchise)
                originalsAhead.Add(franchise.Key);
        }
        for (var i = 0; i < ranked.Count; i++)
        {
            if (result.Count >= window)
            {
                deferred.Add(ranked[i]);
                continue;
            }
            var (key, original) = FranchiseOf(i);
            var count = seen.GetValueOrDefault(key);
            var limit = !original && originalsAhead.Contains(key) ? maxPerFranchise - 1 : maxPerFranchise;
            if (count >= limit)
            {
                deferred.Add(ranked[i]);
                continue;
            }
            if (original)
                originalsAhead.Remove(key);
            seen[key] = count + 1;
            result.Add(ranked[i]);
        }
        result.AddRange(deferred);
        return result;
    }

    private static (string Key, bool Original) Classify(string name)
    {
        var key = FranchiseKey(name);
        return (key, IsOriginal(name, key));
    }

    /// <summary>Whether the title named <paramref name="name"/> is its franchise's original (its name is the key).</summary>
    public static bool IsOriginal(string name, string key) => key.Length > 0 && TitleNormaliser.Normalise(name) == key;

    public static string FranchiseKey(string title)
    {
        var cut = title.IndexOfAny([':', '(', '–', '—']);
        var head = TitleNormaliser.Normalise(cut > 0 ? title[..cut] : title);
        var words = head.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && IsSequelMarker(words[^1]))
            words.RemoveAt(words.Count - 1);
        return string.Join(' ', words);
    }

    private static bool IsSequelMarker(string word) =>
        word.All(char.IsAsciiDigit) || word is "ii" or "iii" or "iv" or "v" or "vi" or "part" or "season" or "chapter";
}
