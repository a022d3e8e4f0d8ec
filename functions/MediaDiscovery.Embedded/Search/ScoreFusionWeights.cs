namespace MediaDiscovery.Embedded.Search;

/// <summary>Weights of the features summed by score fusion (see <see cref="EmbeddedRetriever"/>); each feature is in [0, ~1].</summary>
public sealed record ScoreFusionWeights
{
    public static readonly ScoreFusionWeights Default = new();

    /// <summary>BM25 re-scored (bonuses included), divided by the best candidate's.</summary>
    public double Lexical { get; init; } = 1.0;

    /// <summary>Cosine of the title's vector and the query's.</summary>
    public double Cosine { get; init; } = 1.0;

    /// <summary>Soft word alignment of the query's words to the title's (when the embedder offers it).</summary>
    public double Alignment { get; init; } = 1.0;

    /// <summary>Fuzzy title score when the query reads like a title.</summary>
    public double TitleLike { get; init; } = 3.0;

    /// <summary>Fuzzy title score otherwise.</summary>
    public double Title { get; init; } = 0.2;

    /// <summary><see cref="Core.Search.TitlePopularity"/>: well-known titles are likelier targets.</summary>
    public double Popularity { get; init; } = 0.1;
}
