using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Recommendations;
using static MediaDiscovery.Core.Tests.Recommendations.Engine.EngineFixtures;

namespace MediaDiscovery.Core.Tests.Recommendations.Engine;

public sealed class RankingCompositionTests
{
    [Fact]
    public void Fusion_interleaves_by_weight_and_credits_the_strongest_contributor()
    {
        var a = new RankedStrategy("collaborative", 1, [new("x", 9, "liked"), new("y", 8, "liked")]);
        var b = new RankedStrategy("trending", 1, [new("z", 100, null), new("x", 50, null)]);

        var fused = WeightedRankFusion.Fuse([a, b]);

        Assert.Equal(["x", "z", "y"], fused.Select(c => c.TitleId));
        Assert.Equal("collaborative", fused[0].Strategy);
        Assert.Equal("trending", fused[1].Strategy);
        Assert.Empty(WeightedRankFusion.Fuse([a with { Weight = 0 }]));
    }

    [Fact]
    public void The_first_ten_hold_at_most_three_per_genre_when_alternatives_exist()
    {
        var ranked = Enumerable.Range(0, 12).Select(i => Movie("Comedy " + i, 1990 + i, ["comedy"]))
            .Concat(Enumerable.Range(0, 8).Select(i => Movie("Drama " + i, 1990 + i, ["drama"])))
            .Concat(Enumerable.Range(0, 8).Select(i => Movie("Horror " + i, 1990 + i, ["horror"])))
            .Concat(Enumerable.Range(0, 8).Select(i => Movie("Western " + i, 1990 + i, ["western"])))
            .ToList();

        var diversified = RecommendationDiversifier.Diversify(ranked, t => t, 20);

        Assert.Equal(20, diversified.Count);
        var head = diversified.Take(10).ToList();
        Assert.All(head.SelectMany(t => t.Genres).CountBy(g => g), p => Assert.True(p.Value <= 3, p.Key));
        Assert.Equal(ranked[0], diversified[0]);
        Assert.Equal(diversified.Count, diversified.Distinct().Count());
    }

    [Fact]
    public void The_head_mixes_decades_when_it_can()
    {
        var ranked = Enumerable.Range(0, 10).Select(i => Movie("Nineties " + i, 1990 + i, ["g" + i], i % 2 == 0 ? "hulu" : "netflix"))
            .Concat(Enumerable.Range(0, 3).Select(i => Movie("Noughties " + i, 2000 + i, ["h" + i], i % 2 == 0 ? "hulu" : "netflix")))
            .Concat(Enumerable.Range(0, 3).Select(i => Movie("Tens " + i, 2010 + i, ["k" + i], i % 2 == 0 ? "hulu" : "netflix")))
            .ToList();

        var head = RecommendationDiversifier.Diversify(ranked, t => t, 10);

        Assert.Equal(RecommendationDiversifier.MaxPerDecade, head.Count(t => t.ReleaseYear < 2000));
    }
}
