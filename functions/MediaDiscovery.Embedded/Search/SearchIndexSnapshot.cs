using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Embedded.Search;

/// <summary>
/// Everything retrieval reads, built from one catalog snapshot and replaced whole: the title table, the lexical
/// index, the fuzzy title matcher and, when an embedder is configured, the vector index (rows = ordinals).
/// </summary>
public sealed class SearchIndexSnapshot
{
    public SearchIndexSnapshot(TitleTable titles, ILexicalIndex? lexical, FuzzyTitleMatcher fuzzy, InMemoryVectorIndex? vectors)
        : this(titles, lexical, fuzzy, vectors, null) { }

    internal SearchIndexSnapshot(TitleTable titles, ILexicalIndex? lexical, FuzzyTitleMatcher fuzzy, InMemoryVectorIndex? vectors, double[]? popularityOverride)
    {
        ArgumentNullException.ThrowIfNull(titles);
        ArgumentNullException.ThrowIfNull(fuzzy);
        if (lexical is not null && lexical.Count != titles.Count)
            throw new ArgumentException("the lexical index was built for another title table", nameof(lexical));
        if (vectors is not null && vectors.Count != titles.Count)
            throw new ArgumentException("the vector index rows do not match the title table", nameof(vectors));
        Titles = titles;
        Lexical = lexical;
        Fuzzy = fuzzy;
        Vectors = vectors;
        var popularity = popularityOverride ?? titles.Titles.Select(TitlePopularity.Of).ToArray();
        Popularity = popularity;
        BrowseOrder = BrowseRanking(titles, popularity);
    }

    /// <summary>Nothing indexed yet (before the first build).</summary>
    public static SearchIndexSnapshot Empty { get; } = new(TitleTable.Empty, null, new FuzzyTitleMatcher(TitleTable.Empty), null);

    public TitleTable Titles { get; }

    public ILexicalIndex? Lexical { get; }

    public FuzzyTitleMatcher Fuzzy { get; }

    public InMemoryVectorIndex? Vectors { get; }

    /// <summary><see cref="TitlePopularity.Of"/> per ordinal.</summary>
    public IReadOnlyList<double> Popularity { get; }

    /// <summary>Ordinals best first for browsing by filters alone: popularity, then recency.</summary>
    public IReadOnlyList<int> BrowseOrder { get; }

    /// <summary>The browse prior of an ordinal, in [0, 1].</summary>
    public double BrowsePrior(int ordinal) => 0.8 * Popularity[ordinal] + 0.2 * TitlePopularity.Recency(Titles.Titles[ordinal]);

    private static int[] BrowseRanking(TitleTable titles, double[] popularity)
    {
        var order = Enumerable.Range(0, titles.Count).ToArray();
        var priors = order.Select(i => 0.8 * popularity[i] + 0.2 * TitlePopularity.Recency(titles.Titles[i])).ToArray();
        Array.Sort(order, (a, b) => priors[b].CompareTo(priors[a]) is var c and not 0 ? c : a.CompareTo(b));
        return order;
    }
}
