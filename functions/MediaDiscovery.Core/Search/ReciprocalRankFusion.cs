namespace MediaDiscovery.Core.Search;

/// <summary>
/// Weighted reciprocal rank fusion: score(d) = Σ w_i / (k + rank_i(d)) over the lists that contain d, ranks
/// 1-based. Ranks, not scores, are fused, so lists with incomparable scores (BM25, cosine) combine without
/// calibration. Ties are broken by id (ascending) so the same inputs always give the same order.
/// </summary>
public sealed class ReciprocalRankFusion
{
    /// <summary>The constant from Cormack et al. (2009), also OpenSearch's default.</summary>
    public const int DefaultK = 60;

    public ReciprocalRankFusion(int k = DefaultK)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        K = k;
    }

    public static ReciprocalRankFusion Default { get; } = new();

    public int K { get; }

    /// <summary>The contribution of one list at a 1-based rank.</summary>
    public double Contribution(double weight, int rank) => weight / (K + rank);

    /// <summary>Every id of every list, best first, with the lists it came from.</summary>
    public List<FusedItem<TId>> Fuse<TId>(IReadOnlyList<RankedList<TId>> lists)
        where TId : notnull, IComparable<TId>
    {
        ArgumentNullException.ThrowIfNull(lists);
        var fused = Accumulate(lists);
        var items = new List<FusedItem<TId>>(fused.Count);
        foreach (var (id, (score, sources)) in fused)
            items.Add(new FusedItem<TId>(id, score, sources));
        items.Sort(BestFirst);
        return items;
    }

    private Dictionary<TId, (double Score, MatchSource Sources)> Accumulate<TId>(IReadOnlyList<RankedList<TId>> lists)
        where TId : notnull
    {
        var fused = new Dictionary<TId, (double Score, MatchSource Sources)>();
        var seen = new HashSet<TId>();
        foreach (var list in lists)
        {
            seen.Clear();
            for (var i = 0; i < list.Ids.Count; i++)
            {
                var id = list.Ids[i];
                if (!seen.Add(id))
                    continue;
                fused.TryGetValue(id, out var current);
                fused[id] = (current.Score + Contribution(list.Weight, i + 1), current.Sources | list.Source);
            }
        }
        return fused;
    }

    /// <summary>Higher score first; equal scores by ascending id.</summary>
    public static int BestFirst<TId>(FusedItem<TId> a, FusedItem<TId> b)
        where TId : IComparable<TId>
    {
        var byScore = b.Score.CompareTo(a.Score);
        return byScore != 0 ? byScore : a.Id.CompareTo(b.Id);
    }
}
