using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Core.Tests.Search;

public sealed class ReciprocalRankFusionTests
{
    private const double Tolerance = 1e-12;

    [Fact]
    public void Score_is_the_weighted_sum_of_reciprocal_ranks_with_k_60()
    {
        var fused = ReciprocalRankFusion.Default.Fuse<string>(
        [
            new(["a", "b", "c"], 1.0, MatchSource.Bm25),
            new(["c", "a"], 0.5, MatchSource.Vector),
        ]);

        var byId = fused.ToDictionary(f => f.Id);
        Assert.Equal(1.0 / 61 + 0.5 / 62, byId["a"].Score, Tolerance);
        Assert.Equal(1.0 / 62, byId["b"].Score, Tolerance);
        Assert.Equal(1.0 / 63 + 0.5 / 61, byId["c"].Score, Tolerance);
        Assert.Equal(["a", "c", "b"], fused.Select(f => f.Id));
    }

    [Fact]
    public void Sources_record_every_list_an_id_appeared_in()
    {
        var fused = ReciprocalRankFusion.Default.Fuse<int>(
        [
            new([1, 2], 1, MatchSource.Bm25),
            new([2, 3], 1, MatchSource.Vector),
            new([2], 1, MatchSource.Title),
        ]).ToDictionary(f => f.Id);

        Assert.Equal(MatchSource.Bm25, fused[1].Sources);
        Assert.Equal(MatchSource.Bm25 | MatchSource.Vector | MatchSource.Title, fused[2].Sources);
        Assert.Equal(MatchSource.Vector, fused[3].Sources);
    }

    [Fact]
    public void Ties_are_broken_by_ascending_id_whatever_the_input_order()
    {
        var one = ReciprocalRankFusion.Default.Fuse<int>([new([9, 4], 1, MatchSource.Bm25), new([4, 9], 1, MatchSource.Vector)]);
        var other = ReciprocalRankFusion.Default.Fuse<int>([new([4, 9], 1, MatchSource.Vector), new([9, 4], 1, MatchSource.Bm25)]);

        Assert.Equal([4, 9], one.Select(f => f.Id));
        Assert.Equal([4, 9], other.Select(f => f.Id));
        Assert.Equal(one[0].Score, one[1].Score, Tolerance);
    }

    [Fact]
    public void A_repeated_id_counts_once_at_its_best_rank()
    {
        var fused = Assert.Single(ReciprocalRankFusion.Default.Fuse<int>([new([7, 7, 7], 1, MatchSource.Bm25)]));
        Assert.Equal(1.0 / 61, fused.Score, Tolerance);
    }

    [Fact]
    public void K_is_configurable_and_a_zero_weight_list_only_contributes_its_source()
    {
        var fusion = new ReciprocalRankFusion(k: 0);
        var fused = fusion.Fuse<int>([new([1, 2], 1, MatchSource.Bm25), new([2], 0, MatchSource.Title)]).ToDictionary(f => f.Id);

        Assert.Equal(1.0, fused[1].Score, Tolerance);
        Assert.Equal(0.5, fused[2].Score, Tolerance);
        Assert.Equal(MatchSource.Bm25 | MatchSource.Title, fused[2].Sources);
    }

    [Fact]
    public void No_lists_fuse_to_nothing_and_a_negative_k_is_rejected()
    {
        Assert.Empty(ReciprocalRankFusion.Default.Fuse<int>([]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReciprocalRankFusion(-1));
    }
}
