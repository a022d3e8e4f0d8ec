namespace MediaDiscovery.Core.Search;

/// <summary>
/// Damerau-Levenshtein distance in its optimal-string-alignment form: insertions, deletions, substitutions and
/// transpositions of adjacent characters ("thigns" -> "things") each cost one.
/// </summary>
public static class EditDistance
{
    private const int StackLimit = 256;

    public static int Between(ReadOnlySpan<char> a, ReadOnlySpan<char> b) => Between(a, b, int.MaxValue);

    /// <summary>
    /// The distance when it is at most <paramref name="maxDistance"/>, else some value above it: the computation stops
    /// once two consecutive rows exceed the bound (a transposition reaches back two rows), which is most candidate
    /// pairs when only close spellings matter.
    /// </summary>
    public static int Between(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int maxDistance)
    {
        if (a.Length == 0)
            return b.Length;
        if (b.Length == 0)
            return a.Length;
        if (Math.Abs(a.Length - b.Length) > maxDistance)
            return maxDistance + 1;
        var width = b.Length + 1;
        Span<int> rows = width * 3 <= StackLimit ? stackalloc int[width * 3] : new int[width * 3];
        var previous2 = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        for (var j = 0; j < width; j++)
            previous[j] = j;
        var previousMin = 0;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j < width; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    best = Math.Min(best, previous2[j - 2] + 1);
                current[j] = best;
                rowMin = Math.Min(rowMin, best);
            }
            if (rowMin > maxDistance && previousMin > maxDistance)
                return maxDistance + 1;
            previousMin = rowMin;
            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }
        return previous[width - 1];
    }

    /// <summary>1 - distance / longer length: 1 for equal strings, 0 for nothing in common.</summary>
    public static double Similarity(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var longer = Math.Max(a.Length, b.Length);
        return longer == 0 ? 1 : 1 - (double)Between(a, b) / longer;
    }

    /// <summary><see cref="Similarity(ReadOnlySpan{char}, ReadOnlySpan{char})"/> when it is at least
    /// <paramref name="atLeast"/>, else 0 (computed only as far as needed to know).</summary>
    public static double Similarity(ReadOnlySpan<char> a, ReadOnlySpan<char> b, double atLeast)
    {
        var longer = Math.Max(a.Length, b.Length);
        if (longer == 0)
            return 1;
        var maxDistance = (int)Math.Floor((1 - atLeast) * longer + 1e-9);
        var distance = Between(a, b, maxDistance);
        return distance > maxDistance ? 0 : 1 - (double)distance / longer;
    }
}
