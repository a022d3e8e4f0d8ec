using MediaDiscovery.Core.Recommendations;
using static MediaDiscovery.Core.Tests.Recommendations.Engine.EngineFixtures;

namespace MediaDiscovery.Core.Tests.Recommendations.Engine;

public sealed class PositiveSignalsTests
{
    private static readonly Core.Catalog.Title A = Movie("Alpha", 2001, ["drama"]);

    [Theory]
    [InlineData(5.0, 1.0)]
    [InlineData(4.0, 0.8)]
    [InlineData(3.5, 0)]
    public void A_rating_decides_alone(double rating, double strength)
    {
        var likes = PositiveSignals.Likes([View("u", A, Now.AddDays(-2)), Rate("u", A, rating, Now.AddDays(-1))]);

        Assert.Equal(strength, likes.TryGetValue(A.Id, out var like) ? like.Strength : 0, 6);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData(0.5, true)]
    [InlineData(0.2, false)]
    public void A_view_counts_when_mostly_watched_or_completion_unknown(double? completion, bool liked)
    {
        Assert.Equal(liked, PositiveSignals.Likes([View("u", A, Now, completion)]).ContainsKey(A.Id));
    }

    [Fact]
    public void A_watchlist_add_is_a_weaker_like_withdrawn_by_a_remove()
    {
        Assert.Equal(PositiveSignals.WatchlistStrength, PositiveSignals.Likes([Add("u", A, Now)])[A.Id].Strength);
        Assert.Empty(PositiveSignals.Likes([Add("u", A, Now.AddHours(-1)), Remove("u", A, Now)]));
    }

    [Fact]
    public void A_low_rating_is_not_undone_by_a_later_view()
    {
        Assert.Empty(PositiveSignals.Likes([Rate("u", A, 2, Now.AddDays(-1)), View("u", A, Now)]));
    }
}
