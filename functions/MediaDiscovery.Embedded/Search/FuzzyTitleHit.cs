namespace MediaDiscovery.Embedded.Search;

/// <summary>A title ordinal and how well the query names it, in [0, 1].</summary>
public readonly record struct FuzzyTitleHit(int Ordinal, double Score);
