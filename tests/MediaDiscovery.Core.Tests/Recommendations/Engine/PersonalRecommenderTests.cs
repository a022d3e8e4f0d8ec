using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Recommendations;
using MediaDiscovery.Core.Search;
using MediaDiscovery.Core.Users;
using static MediaDiscovery.Core.Tests.Recommendations.Engine.EngineFixtures;

namespace MediaDiscovery.Core.Tests.Recommendations.Engine;

public sealed class PersonalRecommenderTests
{
    private static readonly string[] Platforms = ["hulu", "netflix"];

    // Ten titles in each of four genres, alternating platforms and ages (every fifth unrated).
    private static readonly List<Title> Catalog = new[] { "science-fiction", "romance", "comedy", "documentary" }
        .SelectMany(genre => Enumerable.Range(0, 10).Select(i => Movie(
            $"{genre} {i}", 1980 + (i * 4), [genre], Platforms[i % 2], minAge: i % 5 == 4 ? null : (i % 3 == 0 ? 16 : 12), rottenTomatoes: 60 + (i * 4))))
        .ToList();

    private static Title T(string genre, int i) => Catalog.Single(t => t.Name == $"{genre} {i}");

    private static readonly TitleTable Table = TitleTable.Build(Catalog, 1);

    /// <summary>Sci-fi fans watch every sci-fi title, romance fans every romance; a few recent views make comedy 1 trend.</summary>
    private static List<UserEvent> Community()
    {
        var events = new List<UserEvent>();
        for (var u = 0; u < 8; u++)
        {
            var genre = u % 2 == 0 ? "science-fiction" : "romance";
            for (var i = 0; i < 10; i++)
                events.Add(View("fan" + u, T(genre, i), Now.AddDays(-30 + i)));
        }
        for (var u = 0; u < 3; u++)
            events.Add(View("casual" + u, T("comedy", 1), Now.AddHours(-u - 1)));
        return events;
    }

    private static PersonalRecommender Recommender(IReadOnlyList<UserEvent> all)
    {
        // The blend (AccuracyFirstCompositionTests covers the default composition).
        var options = new RecommendationOptions { EaseLambda = 5, Composition = RecommendationCompositions.Blend };
        var trained = RecommendationTrainer.Train(all, Now, options);
        return new PersonalRecommender(() => trained, new FixedTitleTable(Table), null, options);
    }

    [Fact]
    public async Task A_user_who_watched_and_rated_three_titles_gets_unseen_titles_on_their_platform_within_their_age_with_reasons()
    {
        var history = new List<UserEvent>
        {
            View("me", T("science-fiction", 0), Now.AddDays(-3)),
            Rate("me", T("science-fiction", 1), 5, Now.AddDays(-2)),
            Rate("me", T("science-fiction", 2), 4.5, Now.AddDays(-1)),
        };
        var all = Community().Concat(history).ToList();
        var preferences = new UserPreferences(["hulu"], [], [], 13, Now);
        var request = new RecommendationRequest("me", [.. history.OrderByDescending(e => e.At)], preferences, [], 10, Now);

        var list = await Recommender(all).RecommendAsync(request);

        Assert.NotEmpty(list);
        Assert.All(list, r =>
        {
            var title = Table.Find(r.TitleId)!;
            Assert.DoesNotContain(history, e => e.TitleId == r.TitleId);
            Assert.Contains(title.Availability, a => a.Platform == "hulu");
            Assert.True(title.MinAge is <= 13, title.Name);
            Assert.False(string.IsNullOrWhiteSpace(r.Reason));
        });
        var first = list[0];
        Assert.Contains(first.Strategy, new[] { RecommendationStrategies.Collaborative, RecommendationStrategies.Content });
        Assert.Contains(list, r => r.Strategy == RecommendationStrategies.Collaborative);
        Assert.Equal("science-fiction", Table.Find(first.TitleId)!.Genres[0]);
        Assert.StartsWith("Because you watched science-fiction ", first.Reason, StringComparison.Ordinal);
        Assert.Equal(list.Count, list.Select(r => r.TitleId).Distinct().Count());
        Assert.Contains(list, r => r.Strategy != RecommendationStrategies.Collaborative);
    }

    [Fact]
    public async Task A_new_user_gets_trending_titles_interleaved_with_the_popular_ones_of_their_genres()
    {
        var preferences = new UserPreferences([], ["documentary"], ["romance"], null, Now);
        var request = new RecommendationRequest("new", [], preferences, [], 10, Now);

        var list = await Recommender(Community()).RecommendAsync(request);

        Assert.Equal(10, list.Count);
        Assert.Contains(list.Take(2), r => r.TitleId == T("comedy", 1).Id && r.Reason == "Trending on Netflix");
        Assert.Contains(list.Take(2), r => r.Reason == "Popular in documentary");
        Assert.DoesNotContain(list, r => Table.Find(r.TitleId)!.Genres.Contains("romance"));
        Assert.All(list, r => Assert.Equal(RecommendationStrategies.Trending, r.Strategy));
    }

    [Fact]
    public async Task Before_any_training_a_new_user_gets_the_catalog_prior()
    {
        var options = new RecommendationOptions();
        var recommender = new PersonalRecommender(() => TrainedRecommendations.Untrained, new FixedTitleTable(Table), null, options);

        var list = await recommender.RecommendAsync(new RecommendationRequest("new", [], null, ["hulu"], 5, Now));

        Assert.Equal(5, list.Count);
        Assert.All(list, r => Assert.Equal("Popular on Hulu", r.Reason));
    }
}
