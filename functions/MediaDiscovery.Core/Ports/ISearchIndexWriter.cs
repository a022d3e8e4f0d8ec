using MediaDiscovery.Core.Catalog;

namespace MediaDiscovery.Core.Ports;

/// <summary>
/// Where searchable documents and their vectors are written (an OpenSearch index in AWS). Locally the
/// in-memory indexes rebuild from the catalog instead.
/// </summary>
public interface ISearchIndexWriter
{
    /// <summary>The embedding-text hash stored with each indexed title (missing ids are absent).</summary>
    Task<IReadOnlyDictionary<string, string>> GetEmbeddingHashesAsync(IReadOnlyList<string> titleIds, CancellationToken ct = default);

    /// <summary>Indexes titles (a null vector keeps the stored one); returns the ids that failed, with why.</summary>
    Task<IReadOnlyDictionary<string, string>> IndexAsync(IReadOnlyList<IndexedTitle> titles, CancellationToken ct = default);
}

/// <summary>A title as indexed for search, with its embedding when (re)computed.</summary>
public sealed record IndexedTitle(Title Title, float[]? Vector, string EmbeddingHash, string ModelId);
