namespace MediaDiscovery.Embedded.Search;

/// <summary>
/// Weights of the features summed by score fusion (see <see cref="EmbeddedRetriever"/>); each feature is in [0, ~1].
/// Chosen in the middle of a plateau on the dev known-item queries and the project's 81 authored ones (lexical
/// 0.5-1, cosine 0.5-1, alignment 1-1.5 all measure within one query of each other), not at a single best point.
/// </summary>
public sealed record ScoreFusionWeights
{
    public static readonly ScoreFusionWeights Default = new();

    /// <summary>
    /// For a sentence encoder's vectors: cosine carries more (its vectors tell descriptions apart, where averaged word
    /// vectors pull every title to one centre), and there is no word alignment. Measured in docs/evaluation.md.
    /// </summary>
    public static readonly ScoreFusionWeights SentenceEncoder = new() { Lexical = 1.0, Cosine = 4.0, Alignment = 0, Popularity = 1.0 };

    /// <summary>BM25 re-scored (bonuses included), divided by the best candidate's.</summary>
    public double Lexical { get; set; } = 0.5;

    /// <summary>Cosine of the title's vector and the query's.</summary>
    public double Cosine { get; set; } = 1.0;

    /// <summary>Soft word alignment of the query's words to the title's (when the embedder offers it).</summary>
    public double Alignment { get; set; } = 1.5;

    /// <summary>How many leading candidates (by the other features) are re-ranked with the alignment.</summary>
    public int AlignmentDepth { get; set; } = 60;

    /// <summary>Fuzzy title score when the query reads like a title.</summary>
    public double TitleLike { get; set; } = 3.0;

    /// <summary>Fuzzy title score otherwise.</summary>
    public double Title { get; set; } = 0.2;

    /// <summary>
    /// <see cref="Core.Search.TitlePopularity"/>: well-known titles are likelier targets. Raised from 0.2 with the
    /// MovieLens reach term (known-item MRR@10: dev 0.55 -> 0.567, authored 0.468 -> 0.487); without it any weight
    /// from 0.2 to 1 measured the same.
    /// </summary>
    public double Popularity { get; set; } = 1.0;

    public void Validate()
    {
        double[] weights = [Lexical, Cosine, Alignment, TitleLike, Title, Popularity];
        if (weights.Any(w => !double.IsFinite(w) || w < 0) || AlignmentDepth < 0)
            throw new ArgumentOutOfRangeException(nameof(ScoreFusionWeights), this, "Search:Fusion weights must be finite and not negative.");
    }
}
