using MediaDiscovery.Core.Recommendations;
using MediaDiscovery.Core.Users;
using static MediaDiscovery.Core.Tests.Recommendations.Engine.EngineFixtures;

namespace MediaDiscovery.Core.Tests.Recommendations.Engine;

public sealed class RecommendationFilterTests
{
    private static readonly UserPreferences Kids = new(["hulu"], [], ["horror"], 12, Now);

    [Fact]
    public void Drops_seen_titles_other_platforms_too_old_unrated_and_avoided_genres()
    {
        var seen = Movie("Seen", 2000, ["comedy"], "hulu");
        var filter = new RecommendationFilter(new HashSet<string> { seen.Id }, ["hulu"], Kids);

        Assert.True(filter.Accepts(Movie("Fine", 2000, ["comedy"], "hulu", minAge: 7)));
        Assert.False(filter.Accepts(seen));
        Assert.False(filter.Accepts(Movie("Elsewhere", 2000, ["comedy"], "netflix", minAge: 7)));
        Assert.False(filter.Accepts(Movie("Mature", 2000, ["comedy"], "hulu", minAge: 16)));
        Assert.False(filter.Accepts(Movie("Unrated", 2000, ["comedy"], "hulu", minAge: null)));
        Assert.False(filter.Accepts(Movie("Scary", 2000, ["horror", "comedy"], "hulu", minAge: 7)));
    }

    [Fact]
    public void Without_preferences_or_platforms_everything_unseen_passes()
    {
        var filter = new RecommendationFilter(new HashSet<string>(), [], null);

        Assert.True(filter.Accepts(Movie("Unrated anywhere", 2000, ["horror"], "disney-plus", minAge: null)));
    }
}
