using System.Globalization;
using MediaDiscovery.Core.Recommendations;

namespace MediaDiscovery.Evaluation;

/// <summary>
/// Each strategy's top items per evaluated user, computed once, so blends can be scored by the product's own
/// <see cref="WeightedRankFusion"/> for many weightings without rescoring the models.
/// </summary>
public sealed class StrategyRankings
{
    public const int Depth = 100;

    private readonly IReadOnlyList<(int UserId, IReadOnlyList<StrategyCandidate>[] Lists, IReadOnlySet<int> Relevant, int TestCount)> users;

    private StrategyRankings(IReadOnlyList<string> strategies, IReadOnlyList<(int, IReadOnlyList<StrategyCandidate>[], IReadOnlySet<int>, int)> users)
    {
        Strategies = strategies;
        this.users = users;
    }

    public IReadOnlyList<string> Strategies { get; }

    public static StrategyRankings Compute(SparseUserItemMatrix train, OfflineSplit split, IReadOnlyList<(string Strategy, IRecommendationModel Model)> models)
    {
        var tests = split.TestItemsByUser.ToArray();
        var rows = new (int, IReadOnlyList<StrategyCandidate>[], IReadOnlySet<int>, int)[tests.Length];
        Parallel.For(0, tests.Length, () => new float[train.ItemCount], (k, _, scores) =>
        {
            var (userId, testItems) = tests[k];
            var userItems = train.UserIndexOf(userId) is { } u ? train.ItemsOf(u).ToArray() : [];
            var lists = models.Select(m => Top(m.Model, userItems, scores)).ToArray();
            rows[k] = (userId, lists, testItems.Select(train.ItemIndexOf).OfType<int>().ToHashSet(), testItems.Count);
            return scores;
        }, _ => { });
        return new StrategyRankings(models.Select(m => m.Strategy).ToList(), rows);
    }

    /// <summary>Mean Recall@20 and NDCG@20 of the fused lists.</summary>
    public RankingMetrics Evaluate(IReadOnlyList<double> weights, int rankConstant)
    {
        var perUser = PerUser(weights, rankConstant);
        return new RankingMetrics(perUser.Average(m => m.Recall), perUser.Average(m => m.Ndcg), users.Count);
    }

    /// <summary>Recall@20 and NDCG@20 of each user's fused list, in user order.</summary>
    public (double Recall, double Ndcg)[] PerUser(IReadOnlyList<double> weights, int rankConstant) =>
        users.Select(user =>
        {
            var fused = WeightedRankFusion.Fuse(Strategies.Select((s, i) => new RankedStrategy(s, weights[i], user.Lists[i])), rankConstant);
            var top = fused.Take(OfflineEvaluation.Cutoff).Select(c => int.Parse(c.TitleId, CultureInfo.InvariantCulture)).ToList();
            return OfflineEvaluation.Score(top, user.Relevant, user.TestCount);
        }).ToArray();

    private static List<StrategyCandidate> Top(IRecommendationModel model, int[] userItems, float[] scores)
    {
        model.Score(userItems, scores);
        foreach (var item in userItems)
            scores[item] = float.NegativeInfinity;
        // Zero scores say nothing (e.g. discovery for items in tried genres): not proposed.
        return Enumerable.Range(0, scores.Length).OrderByDescending(i => scores[i]).ThenBy(i => i).Take(Depth).Where(i => scores[i] > 0)
            .Select(i => new StrategyCandidate(i.ToString(CultureInfo.InvariantCulture), scores[i], null)).ToList();
    }
}
