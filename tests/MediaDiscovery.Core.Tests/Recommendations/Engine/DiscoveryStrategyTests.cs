using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Recommendations;
using MediaDiscovery.Core.Search;
using static MediaDiscovery.Core.Tests.Recommendations.Engine.EngineFixtures;

namespace MediaDiscovery.Core.Tests.Recommendations.Engine;

public sealed class DiscoveryStrategyTests
{
    private static readonly Title Watched = Movie("Watched", 2010, ["comedy"]);
    private static readonly Title Gem = Movie("Gem", 2015, ["documentary"], rottenTomatoes: 95);
    private static readonly Title Famous = Movie("Famous", 2015, ["documentary"], rottenTomatoes: 99);
    private static readonly Title Mediocre = Movie("Mediocre", 2015, ["documentary"], rottenTomatoes: 50);
    private static readonly Title SameGenre = Movie("Same Genre", 2015, ["comedy"], rottenTomatoes: 97);
    private static readonly Title Unscored = Movie("Unscored", 2015, ["horror"], rottenTomatoes: null);

    [Fact]
    public void Well_rated_titles_in_untried_genres_outside_the_most_popular()
    {
        var table = TitleTable.Build([Watched, Gem, Famous, Mediocre, SameGenre, Unscored], 1);
        var taste = UserTaste.From([View("u", Watched, Now)], Now, TimeSpan.FromDays(90));
        string[] mostActive = [Famous.Id, Watched.Id];

        var found = DiscoveryStrategy.Recommend(table, taste, mostActive, popularExclusion: 2, _ => true, 10);

        Assert.Equal([Gem.Id], found.Select(c => c.TitleId));
        Assert.Equal("documentary", found[0].Because);
        Assert.Equal("Hidden gem in documentary", RecommendationReasons.HiddenGem(found[0].Because!));
    }
}
