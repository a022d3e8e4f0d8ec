namespace MediaDiscovery.Core.Search;

/// <summary>Which retriever found a result. On the wire: <c>bm25</c>, <c>vector</c>, <c>title</c>, <c>browse</c>.</summary>
[Flags]
public enum MatchSource
{
    None = 0,
    Bm25 = 1,
    Vector = 2,
    Title = 4,
    Browse = 8,
}

/// <summary>Which retrievers run: all of them fused (the product), or one alone (for evaluation).</summary>
public enum RetrievalMode
{
    Hybrid,
    Lexical,
    Vector,
}

/// <summary>What to retrieve: residual text (may be empty: browse by filters), hard filters, how deep.</summary>
public sealed record RetrievalQuery(string Text, SearchFilters Filters, int Depth)
{
    public RetrievalMode Mode { get; init; } = RetrievalMode.Hybrid;

    /// <summary>
    /// What the query encoder reads, when not <see cref="Text"/>: the query as typed. A sentence encoder reads
    /// sentences; the residual text has its function words and slot phrases taken out ("five men make lives people
    /// help style confidence"), which suits BM25 and leaves the encoder guessing.
    /// </summary>
    public string? SemanticText { get; init; }
}

public sealed record RetrievedTitle(string TitleId, double Score, MatchSource MatchedBy);

/// <summary>The fused ranking (best first, at most Depth long) and how many titles matched in all.</summary>
public sealed record RetrievalResult(IReadOnlyList<RetrievedTitle> Ranked, int TotalMatches);
