namespace MediaDiscovery.Embedded.Search;

/// <summary>
/// Per-thread counting space for trigram candidate generation: one counter per ordinal, reset only where touched,
/// so a query allocates nothing proportional to the catalog.
/// </summary>
internal sealed class TrigramCandidates
{
    [ThreadStatic]
    private static TrigramCandidates? perThread;

    private readonly HashSet<long> grams = [];
    private readonly List<int> touched = [];
    private readonly PriorityQueue<int, double> best = new();
    private int[] counts = [];

    public static TrigramCandidates ForThisThread() => perThread ??= new TrigramCandidates();

    /// <summary>
    /// The ordinals (allowed by the mask) sharing the most trigrams with the key, at most <paramref name="limit"/>:
    /// by the share of the key's trigrams found, and for whole titles also by the Dice coefficient (which prefers
    /// titles of the query's length without losing long titles the query shortens).
    /// </summary>
    public List<int> Find(TrigramIndex index, string key, bool isPrefix, Core.Search.FilterMask? mask, int limit)
    {
        if (counts.Length != index.Count)
            counts = new int[index.Count];
        grams.Clear();
        TrigramIndex.Collect(key, padEnd: !isPrefix, grams);
        foreach (var gram in grams)
        {
            foreach (var ordinal in index.Postings(gram))
            {
                if (counts[ordinal]++ == 0)
                    touched.Add(ordinal);
            }
        }
        var found = Best(index, grams.Count, isPrefix, mask, limit);
        foreach (var ordinal in touched)
            counts[ordinal] = 0;
        touched.Clear();
        return found;
    }

    private List<int> Best(TrigramIndex index, int keyGrams, bool isPrefix, Core.Search.FilterMask? mask, int limit)
    {
        best.Clear();
        foreach (var ordinal in touched)
        {
            if (mask is not null && !mask[ordinal])
                continue;
            var shared = counts[ordinal];
            var contained = (double)shared / keyGrams;
            var overlap = isPrefix ? contained : contained + 2.0 * shared / (keyGrams + index.GramCounts[ordinal]);
            if (best.Count < limit)
                best.Enqueue(ordinal, overlap);
            else if (best.TryPeek(out _, out var worst) && overlap > worst)
                best.EnqueueDequeue(ordinal, overlap);
        }
        var found = new List<int>(best.Count);
        while (best.TryDequeue(out var ordinal, out _))
            found.Add(ordinal);
        return found;
    }
}
