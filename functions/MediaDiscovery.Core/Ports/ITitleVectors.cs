using MediaDiscovery.Core.Catalog;

namespace MediaDiscovery.Core.Ports;

/// <summary>
/// Title embeddings for the content-based recommendations: a title's unit vector and the titles nearest a query
/// vector. <see cref="Dimensions"/> is 0 when no vectors exist (no embedder installed): callers fall back.
/// </summary>
public interface ITitleVectors
{
    int Dimensions { get; }

    /// <summary>Copies the title's unit vector into <paramref name="destination"/>; false when it has none.</summary>
    bool TryGetVector(string titleId, Span<float> destination);

    /// <summary>The <paramref name="k"/> titles most similar (cosine) to <paramref name="query"/> that <paramref name="accept"/> allows, best first.</summary>
    IReadOnlyList<SimilarTitle> Nearest(ReadOnlySpan<float> query, Func<Title, bool>? accept, int k);
}

/// <summary>A title and its cosine similarity to a query vector.</summary>
public readonly record struct SimilarTitle(string TitleId, float Similarity);
