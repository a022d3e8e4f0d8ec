namespace MediaDiscovery.Core.Search;

/// <summary>One retriever's ranking (best first) as an input to <see cref="ReciprocalRankFusion"/>.</summary>
/// <param name="Ids">Best first; an id repeated later in the list counts only at its best rank.</param>
/// <param name="Weight">How much this list counts relative to the others (w in w / (k + rank)).</param>
/// <param name="Source">Which retriever produced it, reported on the fused items it contributed to.</param>
public readonly record struct RankedList<TId>(IReadOnlyList<TId> Ids, double Weight, MatchSource Source);
