using MediaDiscovery.Core.Recommendations;
using static MediaDiscovery.Core.Tests.Recommendations.Engine.EngineFixtures;

namespace MediaDiscovery.Core.Tests.Recommendations.Engine;

public sealed class TrendingModelTests
{
    private static readonly Core.Catalog.Title Fresh = Movie("Fresh", 2024, ["drama"]);
    private static readonly Core.Catalog.Title Fading = Movie("Fading", 2020, ["drama"]);
    private static readonly Core.Catalog.Title Old = Movie("Old News", 2010, ["drama"]);

    [Fact]
    public void Recent_views_and_adds_outweigh_more_but_older_ones_and_the_window_ends_at_seven_days()
    {
        var events = new[]
        {
            View("a", Fresh, Now.AddHours(-2)), Add("b", Fresh, Now.AddHours(-3)),
            View("a", Fading, Now.AddDays(-6)), View("b", Fading, Now.AddDays(-6)), View("c", Fading, Now.AddDays(-6)),
            View("a", Old, Now.AddDays(-8)), View("b", Old, Now.AddDays(-9)), View("c", Old, Now.AddDays(-10)), View("d", Old, Now.AddDays(-10)),
        };

        var model = TrendingModel.Build(events, Now, TimeSpan.FromDays(1), TimeSpan.FromDays(7));

        Assert.Equal([Fresh.Id, Fading.Id], model.Ranked.Select(c => c.TitleId));
        Assert.Equal(Old.Id, model.MostActive[0]);
    }

    [Fact]
    public void Ratings_do_not_trend()
    {
        var model = TrendingModel.Build([Rate("a", Fresh, 5, Now)], Now, TimeSpan.FromDays(1), TimeSpan.FromDays(7));

        Assert.Empty(model.Ranked);
        Assert.Equal([Fresh.Id], model.MostActive);
    }
}
