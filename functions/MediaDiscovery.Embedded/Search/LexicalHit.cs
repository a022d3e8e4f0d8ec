namespace MediaDiscovery.Embedded.Search;

/// <summary>A title ordinal (its row in the <c>TitleTable</c>) and its BM25 score (higher is better).</summary>
public readonly record struct LexicalHit(int Ordinal, double Score);
