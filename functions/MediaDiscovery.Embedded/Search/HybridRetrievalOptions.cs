namespace MediaDiscovery.Embedded.Search;

/// <summary>Depths and fusion weights of <see cref="EmbeddedRetriever"/>.</summary>
public sealed record HybridRetrievalOptions
{
    public static readonly HybridRetrievalOptions Default = new();

    /// <summary>For a sentence encoder's vectors (see <see cref="ScoreFusionWeights.SentenceEncoder"/>).</summary>
    public static readonly HybridRetrievalOptions SentenceEncoder = new()
    {
        ScoreFusion = ScoreFusionWeights.SentenceEncoder,
        EncodeQueryAsTyped = true,
        TitleSkipsVectorsScore = 0.9,
        // A plateau from 0.1 to 1 over HTTP (dev known-item MRR@10 0.633 -> 0.683, authored and sequels unchanged):
        // matching every significant word of the residual text is rare, and then telling ("queen elizabeth's reign").
        AllTermsBonus = 0.3,
        // "Similar titles" (and "like X") over the full catalog, 294 seeds with 15+ MovieLens fans: recall@10 against
        // what the same fans liked 0.024 -> 0.045, results sharing a genre 62% -> 99%, the same type 80% -> 96%
        // (docs/evaluation.md; genre weight 0.1-0.4 and popularity 0.1-0.3 within 0.01 of each other).
        Similar = new SimilarTitleWeights { Genres = 0.2, SameType = 0.05, Popularity = 0.1 },
    };

    public int LexicalDepth { get; set; } = 100;
    public int TitleDepth { get; set; } = 20;
    public int VectorDepth { get; set; } = 100;

    /// <summary>The lexical list: BM25 over any significant term, re-scored (see the bonuses below).</summary>
    public double LexicalWeight { get; set; } = 1.0;

    /// <summary>Added to the max-normalised BM25 score of a document that matches every significant term.</summary>
    public double AllTermsBonus { get; set; }

    /// <summary>Added to the max-normalised BM25 score of a document matching a pair of adjacent query words as a phrase.</summary>
    public double AdjacentPairsBonus { get; set; }

    /// <summary>Popularity prior added to the max-normalised BM25 score: well-known titles are likelier targets.</summary>
    public double LexicalPopularityWeight { get; set; }

    /// <summary>Added to the max-normalised BM25 score of a title of the type the text mentions ("series", "film").</summary>
    public double TypeCueBonus { get; set; } = 0.15;

    /// <summary>Fuzzy title hits further than this below the best one are left out of the title list.</summary>
    public double TitleScoreWindow { get; set; } = 0.1;

    /// <summary>Fuzzy titles when the query reads like a title (few words, a close title match).</summary>
    public double TitleWeight { get; set; } = 2.0;

    /// <summary>Fuzzy titles otherwise.</summary>
    public double WeakTitleWeight { get; set; } = 0.3;

    /// <summary>A title match at least this close, for a query of at most <see cref="TitleLikeMaxWords"/> words, makes it title-like.</summary>
    public double TitleLikeScore { get; set; } = 0.8;

    public int TitleLikeMaxWords { get; set; } = 6;

    /// <summary>
    /// A title-like query whose best title match is at least this close is not encoded (no vector feature): it names
    /// the title. Above 1 = always encode.
    /// </summary>
    public double TitleSkipsVectorsScore { get; set; } = 2.0;

    /// <summary>k-NN over embeddings; lower than BM25 as the local word vectors are weaker (see retrieval baselines).</summary>
    public double VectorWeight { get; set; } = 0.3;

    /// <summary>
    /// Scale of the popularity prior added to fused scores: of the order of a few rank steps near the top of a list
    /// (1/61 - 1/62 ≈ 0.00026), so it reorders near-ties and never outweighs a real match.
    /// </summary>
    public double PriorScale { get; set; } = 0.0005;

    /// <summary>
    /// With vectors, hybrid retrieval fuses the candidates' scores with these weights instead of their ranks; null
    /// keeps reciprocal rank fusion.
    /// </summary>
    public ScoreFusionWeights? ScoreFusion { get; set; } = ScoreFusionWeights.Default;

    /// <summary>
    /// The query vector is made from the query as typed (<see cref="RetrievalQuery.SemanticText"/>), not the residual
    /// text: right for a sentence encoder, which reads function words; averaged word vectors do better without them.
    /// </summary>
    public bool EncodeQueryAsTyped { get; set; }

    public bool UseLexical { get; set; } = true;
    public bool UseTitles { get; set; } = true;
    public bool UseVectors { get; set; } = true;

    /// <summary>
    /// "Similar titles": the nearest title vectors re-scored with what a person means by similar beyond the synopsis:
    /// shared genres (Jaccard), the same type, and popularity; over the <see cref="SimilarTitleWeights.Candidates"/> nearest. All
    /// zero keeps the vector order alone.
    /// </summary>
    public SimilarTitleWeights Similar { get; set; } = SimilarTitleWeights.VectorOnly;
}
