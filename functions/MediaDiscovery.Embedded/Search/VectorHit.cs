namespace MediaDiscovery.Embedded.Search;

/// <summary>A title ordinal (its row in the <c>TitleTable</c>) and its cosine similarity to the query.</summary>
public readonly record struct VectorHit(int Ordinal, float Score);
