namespace MediaDiscovery.Core.Recommendations;

/// <summary>
/// The offline protocol of issue 6, exactly: positives are ratings ≥ 4.0; users with ≥ 5 positives; per user,
/// positives sorted by (timestamp, item id), the last 20% (at least one) test and the rest train; every item
/// with at least one train positive is ranked, except the user's own train items; Recall@20 = hits /
/// min(20, |test|), NDCG@20 with binary gains and the ideal DCG over min(20, |test|) hits; means over users.
/// </summary>
public static class OfflineEvaluation
{
    public const float PositiveThreshold = 4.0f;
    public const int MinimumPositives = 5;
    public const double TestFraction = 0.2;
    public const int Cutoff = 20;

    /// <summary>
    /// The reading of "the last 20% (at least one)" that reproduces the reference figures
    /// (see docs/evaluation.md).
    /// </summary>
    public const TestSizeRounding DefaultRounding = TestSizeRounding.Nearest;

    public static int TestSize(int positives, TestSizeRounding rounding = DefaultRounding)
    {
        var exact = TestFraction * positives;
        // Rounded to 9 decimals first so 0.2·n that is an integer in exact arithmetic is not nudged across by binary error.
        var cleaned = Math.Round(exact, 9);
        var count = rounding switch
        {
            TestSizeRounding.Floor => (int)Math.Floor(cleaned),
            TestSizeRounding.Ceiling => (int)Math.Ceiling(cleaned),
            _ => (int)Math.Round(cleaned, MidpointRounding.AwayFromZero),
        };
        return Math.Max(1, count);
    }

    public static OfflineSplit Split(IEnumerable<Interaction> ratings, TestSizeRounding rounding = DefaultRounding)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        var train = new List<Interaction>();
        var test = new SortedDictionary<int, IReadOnlyList<int>>();
        foreach (var user in ratings.Where(r => r.Weight >= PositiveThreshold).GroupBy(r => r.UserId).OrderBy(g => g.Key))
        {
            var positives = user.OrderBy(r => r.Timestamp).ThenBy(r => r.ItemId).ToList();
            if (positives.Count < MinimumPositives)
                continue;
            var trainCount = positives.Count - TestSize(positives.Count, rounding);
            train.AddRange(positives.Take(trainCount));
            test[user.Key] = positives.Skip(trainCount).Select(r => r.ItemId).ToArray();
        }
        return new OfflineSplit(train, test);
    }

    /// <summary>Ranks the candidates for every test user with <paramref name="model"/>, trained on <paramref name="train"/>.</summary>
    public static RankingMetrics Evaluate(SparseUserItemMatrix train, OfflineSplit split, IRecommendationModel model)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(split);
        ArgumentNullException.ThrowIfNull(model);
        if (model.ItemCount != train.ItemCount)
            throw new ArgumentException("the model was not trained on this matrix", nameof(model));

        var users = split.TestItemsByUser.ToArray();
        var recall = new double[users.Length];
        var ndcg = new double[users.Length];
        Parallel.For(0, users.Length, () => new float[train.ItemCount], (k, _, scores) =>
        {
            var (userId, testItems) = users[k];
            var userIndex = train.UserIndexOf(userId);
            var userItems = userIndex is { } u ? train.ItemsOf(u) : [];
            var top = TopItems(model, userItems, scores);
            (recall[k], ndcg[k]) = Score(top, testItems.Select(train.ItemIndexOf).OfType<int>().ToHashSet(), testItems.Count);
            return scores;
        }, _ => { });

        // Summed in user order so the figures do not depend on thread scheduling.
        return new RankingMetrics(users.Length == 0 ? 0 : recall.Sum() / users.Length, users.Length == 0 ? 0 : ndcg.Sum() / users.Length, users.Length);
    }

    /// <summary>Recall@20 and NDCG@20 of one ranked list; test items absent from the candidates can never be hit.</summary>
    public static (double Recall, double Ndcg) Score(IReadOnlyList<int> ranked, IReadOnlySet<int> relevant, int testCount)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(relevant);
        var hits = 0;
        var dcg = 0.0;
        for (var r = 0; r < Math.Min(Cutoff, ranked.Count); r++)
        {
            if (!relevant.Contains(ranked[r]))
                continue;
            hits++;
            dcg += 1.0 / Math.Log2(r + 2);
        }
        var ideal = 0.0;
        var idealHits = Math.Min(Cutoff, testCount);
        for (var r = 0; r < idealHits; r++)
            ideal += 1.0 / Math.Log2(r + 2);
        return ((double)hits / idealHits, dcg / ideal);
    }

    /// <summary>The 20 best items by (score descending, item index ascending), the user's own items excluded.</summary>
    public static int[] TopItems(IRecommendationModel model, ReadOnlySpan<int> userItems, float[] scores)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(scores);
        model.Score(userItems, scores);
        foreach (var item in userItems)
            scores[item] = float.NegativeInfinity;

        var top = new List<int>(Cutoff + 1);
        for (var i = 0; i < scores.Length; i++)
        {
            if (float.IsNegativeInfinity(scores[i]))
                continue;
            if (top.Count == Cutoff && scores[i] <= scores[top[^1]])
                continue;
            // Insertion after equal scores keeps the lower index first on ties.
            var at = top.Count;
            while (at > 0 && scores[top[at - 1]] < scores[i])
                at--;
            top.Insert(at, i);
            if (top.Count > Cutoff)
                top.RemoveAt(Cutoff);
        }
        return [.. top];
    }
}
