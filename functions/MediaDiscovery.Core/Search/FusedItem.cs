namespace MediaDiscovery.Core.Search;

/// <summary>An id with its fused score and every list it appeared in.</summary>
public readonly record struct FusedItem<TId>(TId Id, double Score, MatchSource Sources);
