namespace MediaDiscovery.Embedded.Search;

/// <summary>
/// How "similar titles" re-score the nearest title vectors (<see cref="SimilarTitleRanking"/>): cosine plus these
/// weights times genre overlap (Jaccard), same type (1 or 0) and popularity (0..1), over the nearest
/// <see cref="Candidates"/>. Bound from <c>Search:Retrieval:Similar:*</c>.
/// </summary>
public sealed record SimilarTitleWeights
{
    public static readonly SimilarTitleWeights VectorOnly = new();

    public double Genres { get; set; }
    public double SameType { get; set; }
    public double Popularity { get; set; }
    public int Candidates { get; set; } = 100;

    public bool ReRanks => Genres > 0 || SameType > 0 || Popularity > 0;

    public void Validate()
    {
        if (Genres < 0 || SameType < 0 || Popularity < 0 || Candidates < 1)
            throw new InvalidOperationException("Search:Retrieval:Similar weights must be 0 or more, and Candidates at least 1.");
    }
}
