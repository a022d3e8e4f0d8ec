namespace MediaDiscovery.Embedded.Search;

/// <summary>A normalised title (and, for "The Office", also "office") in a sorted array for prefix completion.</summary>
internal readonly record struct PrefixEntry(string Key, int Ordinal)
{
    private static readonly string[] Articles = ["the ", "a ", "an "];

    public static PrefixEntry[] Build(IReadOnlyList<TitleKey> keys)
    {
        var entries = new List<PrefixEntry>(keys.Count + keys.Count / 4);
        for (var ordinal = 0; ordinal < keys.Count; ordinal++)
        {
            var name = keys[ordinal].Normalised;
            if (name.Length == 0)
                continue;
            entries.Add(new PrefixEntry(name, ordinal));
            foreach (var article in Articles)
            {
                if (name.Length > article.Length && name.StartsWith(article, StringComparison.Ordinal))
                    entries.Add(new PrefixEntry(name[article.Length..], ordinal));
            }
        }
        entries.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key) is var c and not 0 ? c : a.Ordinal.CompareTo(b.Ordinal));
        return entries.ToArray();
    }

    /// <summary>The first index whose key is not ordinally less than <paramref name="prefix"/>.</summary>
    public static int LowerBound(PrefixEntry[] entries, string prefix)
    {
        int low = 0, high = entries.Length;
        while (low < high)
        {
            var middle = low + (high - low) / 2;
            if (string.CompareOrdinal(entries[middle].Key, prefix) < 0)
                low = middle + 1;
            else
                high = middle;
        }
        return low;
    }
}
