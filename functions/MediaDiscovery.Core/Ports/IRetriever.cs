using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Core.Ports;

/// <summary>
/// Hybrid retrieval: lexical (BM25 + typo-tolerant titles) and vector (k-NN over embeddings) with the hard
/// filters applied inside both, fused by reciprocal rank fusion. Embedded: SQLite FTS5 + an exact in-memory
/// vector index; AWS: one OpenSearch <c>hybrid</c> query through an RRF search pipeline.
/// </summary>
public interface IRetriever
{
    Task<RetrievalResult> RetrieveAsync(RetrievalQuery query, CancellationToken ct = default);

    /// <summary>Titles nearest to a title's embedding (itself excluded), filtered.</summary>
    Task<IReadOnlyList<RetrievedTitle>> NeighboursAsync(string titleId, SearchFilters filters, int k, CancellationToken ct = default);
}
