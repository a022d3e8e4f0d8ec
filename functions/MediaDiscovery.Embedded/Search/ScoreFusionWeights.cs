namespace MediaDiscovery.Embedded.Search;

/// <summary>
/// Weights of the features summed by score fusion (see <see cref="EmbeddedRetriever"/>); each feature is in [0, ~1].
/// Chosen in the middle of a plateau on the dev known-item queries (lexical 0.5-0.75, cosine 0.5-1.5, alignment
/// 1-2, popularity 0.1-0.3 all measure the same), not at a single best point.
/// </summary>
public sealed record ScoreFusionWeights
{
    public static readonly ScoreFusionWeights Default = new();

    /// <summary>BM25 re-scored (bonuses included), divided by the best candidate's.</summary>
    public double Lexical { get; init; } = 0.5;

    /// <summary>Cosine of the title's vector and the query's.</summary>
    public double Cosine { get; init; } = 1.0;

    /// <summary>Soft word alignment of the query's words to the title's (when the embedder offers it).</summary>
    public double Alignment { get; init; } = 1.5;

    /// <summary>How many leading candidates (by the other features) are re-ranked with the alignment.</summary>
    public int AlignmentDepth { get; init; } = 60;

    /// <summary>Fuzzy title score when the query reads like a title.</summary>
    public double TitleLike { get; init; } = 3.0;

    /// <summary>Fuzzy title score otherwise.</summary>
    public double Title { get; init; } = 0.2;

    /// <summary><see cref="Core.Search.TitlePopularity"/>: well-known titles are likelier targets.</summary>
    public double Popularity { get; init; } = 0.2;
}
