namespace MediaDiscovery.Embedded.Embeddings;

/// <summary>
/// p(w) from a word's frequency rank r (GloVe lists words by corpus frequency): Zipf's law p = 1/((r+1) H_N).
/// Chosen over catalog word counts because queries use words the catalog never does, and 22k short
/// descriptions (~1M words) estimate rare-word probabilities poorly; GloVe's 6B-token ranks do not.
/// </summary>
public sealed class ZipfWordProbability
{
    private readonly double harmonic;

    public ZipfWordProbability(int vocabularySize)
    {
        // H_N ~ ln N + gamma, exact enough for N in the hundreds of thousands.
        harmonic = Math.Log(Math.Max(vocabularySize, 1)) + 0.5772156649 + 1.0 / (2 * Math.Max(vocabularySize, 1));
    }

    public double Of(int rank) => 1.0 / ((rank + 1) * harmonic);
}
