using MediaDiscovery.Core.Recommendations;

namespace MediaDiscovery.Core.Tests.Recommendations;

public sealed class OfflineEvaluationTests
{
    private const int A = 1, B = 2, C = 3, D = 4, E = 5, X = 24, Y = 25, Z = 26;

    [Theory]
    [InlineData(5, 1)]
    [InlineData(7, 1)]
    [InlineData(8, 2)]
    [InlineData(12, 2)]
    [InlineData(13, 3)]
    [InlineData(2, 1)]
    public void Test_size_is_the_nearest_whole_fifth_and_at_least_one(int positives, int expected) =>
        Assert.Equal(expected, OfflineEvaluation.TestSize(positives));

    [Fact]
    public void The_other_readings_round_down_or_up()
    {
        Assert.Equal(1, OfflineEvaluation.TestSize(8, TestSizeRounding.Floor));
        Assert.Equal(2, OfflineEvaluation.TestSize(6, TestSizeRounding.Ceiling));
        Assert.Equal(2, OfflineEvaluation.TestSize(10, TestSizeRounding.Ceiling));
    }

    [Fact]
    public void Split_keeps_positives_of_users_with_five_and_holds_out_the_latest_by_time_then_item()
    {
        Interaction[] ratings =
        [
            // Same timestamps: the item id orders them, so 14 is last.
            .. new[] { 14, 12, 10, 13, 11 }.Select(i => new Interaction(1, i, 4.0f, 100)),
            new(1, 99, 3.5f, 200), // not a positive
            .. new[] { 10, 11, 12, 13 }.Select((i, t) => new Interaction(2, i, 5f, t)), // only four positives
        ];

        var split = OfflineEvaluation.Split(ratings);

        Assert.Equal([1], split.TestItemsByUser.Keys);
        Assert.Equal([14], split.TestItemsByUser[1]);
        Assert.Equal([10, 11, 12, 13], split.Train.Select(r => r.ItemId).Order());
        Assert.All(split.Train, r => Assert.Equal(1, r.UserId));
    }

    [Fact]
    public void Later_timestamps_are_held_out_whatever_the_item_id()
    {
        var ratings = Enumerable.Range(0, 10).Select(t => new Interaction(7, 100 - t, 4.5f, t)).ToList();

        var split = OfflineEvaluation.Split(ratings);

        Assert.Equal([92, 91], split.TestItemsByUser[7]);
    }

    [Fact]
    public void Score_is_recall_over_min_of_cutoff_and_test_size_and_binary_ndcg()
    {
        var (recall, ndcg) = OfflineEvaluation.Score([A, B, C], new HashSet<int> { A, C }, testCount: 3);

        Assert.Equal(2.0 / 3, recall, 12);
        Assert.Equal((1 + 0.5) / (1 + 1 / Math.Log2(3) + 0.5), ndcg, 12);
    }

    [Fact]
    public void Score_caps_the_ideal_at_twenty()
    {
        var ranked = Enumerable.Range(0, 20).ToArray();

        var (recall, ndcg) = OfflineEvaluation.Score(ranked, new HashSet<int> { 0 }, testCount: 30);

        Assert.Equal(1.0 / 20, recall, 12);
        Assert.Equal(1 / Enumerable.Range(0, 20).Sum(r => 1 / Math.Log2(r + 2)), ndcg, 12);
    }

    [Fact]
    public void Popularity_on_a_hand_computed_dataset()
    {
        // Train: 1 {a,b,c,d}, 2 {a,b,x,y}, 3 {a,x,y,z}; test: 1 {e}, 2 {e}, 3 {b}. e has no train positive, so it is
        // no candidate: users 1 and 2 score 0. User 3 may rank b, c, d: b (2 users) first, a hit at rank 1.
        Interaction[] ratings =
        [
            .. new[] { A, B, C, D, E }.Select((i, t) => new Interaction(1, i, 4f, t)),
            .. new[] { A, B, X, Y, E }.Select((i, t) => new Interaction(2, i, 4f, t)),
            .. new[] { A, X, Y, Z, B }.Select((i, t) => new Interaction(3, i, 4f, t)),
        ];
        var split = OfflineEvaluation.Split(ratings);
        var train = SparseUserItemMatrix.Build(split.Train);
        var model = PopularityModel.Train(train, DateTimeOffset.UnixEpoch);

        var metrics = OfflineEvaluation.Evaluate(train, split, model);

        Assert.Equal(3, metrics.Users);
        Assert.Equal(1.0 / 3, metrics.RecallAt20, 12);
        Assert.Equal(1.0 / 3, metrics.NdcgAt20, 12);
        var scores = new float[train.ItemCount];
        var top = OfflineEvaluation.TopItems(model, train.ItemsOf(train.UserIndexOf(1)!.Value), scores);
        Assert.Equal([X, Y, Z], top.Select(i => train.ItemIds[i])); // ties keep the lower item first
    }
}
