using MediaDiscovery.Core.Recommendations;

namespace MediaDiscovery.Core.Tests.Recommendations;

public sealed class OfflineStrategyModelTests
{
    // Users: 1 {10, 11}, 2 {10, 11, 12}, 3 {12, 13}. Item indices follow ids: 10→0, 11→1, 12→2, 13→3.
    private static readonly Interaction[] Interactions =
    [
        new(1, 10, 5, 100), new(1, 11, 5, 100),
        new(2, 10, 5, 100), new(2, 11, 5, 100), new(2, 12, 5, 86_500),
        new(3, 12, 5, 86_500), new(3, 13, 5, 86_500),
    ];

    private static readonly SparseUserItemMatrix Data = SparseUserItemMatrix.Build(Interactions);

    private static IReadOnlyList<string> Genres(int item) => item switch
    {
        10 or 11 => ["action"],
        12 => ["drama", "romance"],
        _ => ["romance"],
    };

    [Fact]
    public void Content_scores_items_sharing_the_users_genres_highest()
    {
        var model = ItemFeatureModel.Train(Data, Genres, DateTimeOffset.UnixEpoch);
        var scores = new float[4];

        model.Score([3], scores);

        Assert.Equal(0, scores[0]);
        Assert.True(scores[2] > 0);
        Assert.True(scores[3] > scores[2]);
    }

    [Fact]
    public void Trending_decays_with_age_from_the_latest_interaction()
    {
        var model = DecayedPopularityModel.Train(Data, Interactions, TimeSpan.FromDays(1), DateTimeOffset.UnixEpoch);
        var scores = new float[4];

        model.Score([], scores);

        // Items 10 and 11: two interactions a day (86,400 s) older than the latest; 12: two at the latest.
        Assert.Equal(1f, scores[0], 3);
        Assert.Equal(2f, scores[2], 3);
        Assert.Equal(1f, scores[3], 3);
    }

    [Fact]
    public void Discovery_scores_only_untried_genres_outside_the_most_popular()
    {
        var model = UntriedGenreModel.Train(Data, Genres, popularExclusion: 1, DateTimeOffset.UnixEpoch);
        var scores = new float[4];

        model.Score([0], scores);

        Assert.Equal(0, scores[1]);
        Assert.True(scores[3] > 0);
    }

    [Fact]
    public void Rank_fusion_of_one_strategy_keeps_its_order()
    {
        StrategyCandidate[] ranked = [new("b", 3, null), new("a", 2, null), new("c", 1, null)];

        var fused = WeightedRankFusion.Fuse([new RankedStrategy("collaborative", 1, ranked), new RankedStrategy("content", 0, [new("c", 9, null)])]);

        Assert.Equal(["b", "a", "c"], fused.Select(c => c.TitleId));
    }
}
