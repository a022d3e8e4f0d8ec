using MediaDiscovery.Core.Catalog;

namespace MediaDiscovery.Core.Search;

/// <summary>
/// Keeps one franchise from filling the first page ("not ten seasons of one franchise"): at most
/// <c>maxPerFranchise</c> titles of a franchise among the first <c>window</c>; the others move down, in order.
/// A franchise is the normalised title up to a subtitle separator or a trailing sequel number.
/// </summary>
public static class FranchiseDiversifier
{
    public static IReadOnlyList<T> Diversify<T>(IReadOnlyList<T> ranked, Func<T, Title> titleOf, int window = 10, int maxPerFranchise = 2)
    {
        if (ranked.Count <= 1)
            return ranked;
        var result = new List<T>(ranked.Count);
        var deferred = new List<T>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in ranked)
        {
            if (result.Count >= window)
            {
                deferred.Add(item);
                continue;
            }
            var key = FranchiseKey(titleOf(item).Name);
            var count = seen.GetValueOrDefault(key);
            if (count >= maxPerFranchise)
            {
                deferred.Add(item);
                continue;
            }
            seen[key] = count + 1;
            result.Add(item);
        }
        result.AddRange(deferred);
        return result;
    }

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
