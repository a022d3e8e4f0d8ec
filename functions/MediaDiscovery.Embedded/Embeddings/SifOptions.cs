namespace MediaDiscovery.Embedded.Embeddings;

public sealed record SifOptions
{
    public static readonly SifOptions Default = new();

    /// <summary>SIF's smoothing a in a/(a + p(w)): smaller = frequent words count for less.</summary>
    public double A { get; set; } = 1e-3;

    /// <summary>
    /// How many leading principal components of the corpus to remove. SIF removes 1; removing a few ("all-but-the-top",
    /// Mu and Viswanath 2018) measured better on the dev known-item queries for every text and a tried (MRR 0.23-0.33
    /// with 3, against 0.05-0.23 with 1), and 2-5 form a plateau, so 3 is not a knife-edge choice.
    /// </summary>
    public int CommonComponents { get; set; } = 3;
}
