namespace MediaDiscovery.Core.Recommendations;

/// <summary>
/// Blends ranked lists by rank, not score (strategies' scores are not comparable): a title's score is
/// Σ weight / (k + rank) over the lists that hold it (weighted reciprocal rank fusion). With k = 60 the lists
/// interleave in proportion to their weights near the top, and a title several strategies agree on rises. Each
/// fused title is credited to the strategy that contributed most.
/// </summary>
public static class WeightedRankFusion
{
    public const int DefaultRankConstant = 60;

    public static IReadOnlyList<FusedCandidate> Fuse(IEnumerable<RankedStrategy> lists, int rankConstant = DefaultRankConstant)
    {
        ArgumentNullException.ThrowIfNull(lists);
        var fused = new Dictionary<string, (double Score, double Best, string Strategy, StrategyCandidate Source)>(StringComparer.Ordinal);
        foreach (var list in lists)
        {
            if (list.Weight <= 0)
                continue;
            for (var rank = 0; rank < list.Ranked.Count; rank++)
            {
                var candidate = list.Ranked[rank];
                var contribution = list.Weight / (rankConstant + rank + 1);
                fused[candidate.TitleId] = fused.TryGetValue(candidate.TitleId, out var existing)
                    ? (existing.Score + contribution,
                       contribution > existing.Best ? contribution : existing.Best,
                       contribution > existing.Best ? list.Strategy : existing.Strategy,
                       contribution > existing.Best ? candidate : existing.Source)
                    : (contribution, contribution, list.Strategy, candidate);
            }
        }
        return [.. fused.Select(p => new FusedCandidate(p.Key, p.Value.Score, p.Value.Strategy, p.Value.Source))
            .OrderByDescending(c => c.Score).ThenBy(c => c.TitleId, StringComparer.Ordinal)];
    }
}

/// <summary>One strategy's ranked proposals and its weight in the blend.</summary>
public sealed record RankedStrategy(string Strategy, double Weight, IReadOnlyList<StrategyCandidate> Ranked);

/// <summary>A blended title, its fused score, and the strategy (and its proposal) that put it there most.</summary>
public sealed record FusedCandidate(string TitleId, double Score, string Strategy, StrategyCandidate Source);
