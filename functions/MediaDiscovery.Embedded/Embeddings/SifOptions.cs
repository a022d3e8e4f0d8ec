namespace MediaDiscovery.Embedded.Embeddings;

public sealed record SifOptions
{
    public static readonly SifOptions Default = new();

    /// <summary>SIF's smoothing a in a/(a + p(w)): smaller = frequent words count for less.</summary>
    public double A { get; init; } = 1e-3;

    /// <summary>Remove the corpus' first principal component (the "common discourse" direction).</summary>
    public bool RemoveCommonComponent { get; init; } = true;
}
