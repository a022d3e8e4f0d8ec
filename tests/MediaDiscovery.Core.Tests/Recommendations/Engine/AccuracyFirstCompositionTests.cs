using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Recommendations;
using MediaDiscovery.Core.Search;
using MediaDiscovery.Core.Users;
using static MediaDiscovery.Core.Tests.Recommendations.Engine.EngineFixtures;

namespace MediaDiscovery.Core.Tests.Recommendations.Engine;

/// <summary><c>Recommendations:Composition</c> accuracy-first: the collaborative ranking, a franchise cap, recency.</summary>
public sealed class AccuracyFirstCompositionTests
{
    private static readonly string[] SpaceNames = ["Nebula", "Orbit", "Comet", "Quasar", "Pulsar", "Galaxy", "Meteor", "Eclipse"];
    private static readonly string[] LoveNames = ["Amour", "Heartbeat", "First Kiss", "The Wedding", "Valentine", "Sweetheart", "Darling", "Paris in Spring"];

    // Two tastes: space fans watch the space titles (three of them one franchise), love fans the love titles.
    private static readonly List<Title> Catalog =
    [
        .. SpaceNames.Select((n, i) => Movie(n, 1990 + i, ["science-fiction"])),
        Movie("Star Voyage", 2001, ["science-fiction"]),
        Movie("Star Voyage 2", 2003, ["science-fiction"]),
        Movie("Star Voyage 3", 2005, ["science-fiction"]),
        .. LoveNames.Select((n, i) => Movie(n, 1990 + i, ["romance"])),
        // Documentaries nobody in the community watched: no audience.
        Movie("Ocean Diary", 2010, ["documentary"]),
        Movie("Desert Diary", 2011, ["documentary"]),
        Movie("Forest Diary", 2012, ["documentary"]),
    ];

    private static readonly TitleTable Table = TitleTable.Build(Catalog, 1);

    private static Title Named(string name) => Catalog.Single(t => t.Name == name);

    private static List<UserEvent> Community()
    {
        var events = new List<UserEvent>();
        for (var u = 0; u < 10; u++)
        {
            var titles = Catalog.Where(t => t.Genres[0] == (u % 2 == 0 ? "science-fiction" : "romance"));
            events.AddRange(titles.Select((t, i) => View("fan" + u, t, Now.AddDays(-60 + i))));
        }
        return events;
    }

    private static async Task<IReadOnlyList<Recommendation>> RecommendAsync(IReadOnlyList<UserEvent> history, RecommendationOptions options, int limit = 10)
    {
        var trained = RecommendationTrainer.Train(Community().Concat(history).ToList(), Now, options);
        var recommender = new PersonalRecommender(() => trained, new FixedTitleTable(Table), null, options);
        return await recommender.RecommendAsync(new RecommendationRequest("me", [.. history.OrderByDescending(e => e.At)], null, [], limit, Now));
    }

    private static RecommendationOptions AccuracyFirst(double decay = 1) =>
        new() { EaseLambda = 5, Composition = RecommendationCompositions.AccuracyFirst, RecencyDecay = decay };

    [Fact]
    public async Task The_list_is_the_collaborative_ranking_with_at_most_two_titles_of_a_franchise()
    {
        var history = new List<UserEvent> { View("me", Named("Nebula"), Now.AddDays(-2)), View("me", Named("Orbit"), Now.AddDays(-1)) };

        // Nine space titles can follow; six are asked for, so the third Star Voyage has alternatives and waits.
        var list = await RecommendAsync(history, AccuracyFirst(), limit: 6);

        var names = list.Select(r => Table.Find(r.TitleId)!.Name).ToList();
        Assert.Equal(6, list.Count);
        Assert.All(list, r => Assert.Equal("science-fiction", Table.Find(r.TitleId)!.Genres[0]));
        Assert.All(list, r => Assert.Equal(RecommendationStrategies.Collaborative, r.Strategy));
        Assert.Equal(2, names.Count(n => n.StartsWith("Star Voyage", StringComparison.Ordinal)));
        Assert.DoesNotContain("Nebula", names);
    }

    [Fact]
    public async Task Recent_likes_count_more_than_old_ones()
    {
        List<UserEvent> History(bool spaceRecent) =>
        [
            View("me", Named("Nebula"), Now.AddDays(spaceRecent ? -1 : -300)),
            View("me", Named("Amour"), Now.AddDays(spaceRecent ? -300 : -1)),
        ];
        string FirstGenre(IReadOnlyList<Recommendation> list) => Table.Find(list[0].TitleId)!.Genres[0];

        Assert.Equal("science-fiction", FirstGenre(await RecommendAsync(History(spaceRecent: true), AccuracyFirst(decay: 0.5))));
        Assert.Equal("romance", FirstGenre(await RecommendAsync(History(spaceRecent: false), AccuracyFirst(decay: 0.5))));
        Assert.Equal(
            (await RecommendAsync(History(spaceRecent: true), AccuracyFirst())).Select(r => r.TitleId),
            (await RecommendAsync(History(spaceRecent: false), AccuracyFirst())).Select(r => r.TitleId));
    }

    [Fact]
    public async Task A_few_likes_of_which_one_has_no_audience_bring_its_content_neighbours_beside_the_collaborative_ones()
    {
        var history = new List<UserEvent> { View("me", Named("Nebula"), Now.AddDays(-2)), View("me", Named("Ocean Diary"), Now.AddDays(-1)) };

        var list = await RecommendAsync(history, AccuracyFirst());

        var content = list.Where(r => r.Strategy == RecommendationStrategies.Content).Select(r => Table.Find(r.TitleId)!).ToList();
        Assert.Contains(content, t => t.Genres[0] == "documentary");
        Assert.Contains(list, r => r.Strategy == RecommendationStrategies.Collaborative && Table.Find(r.TitleId)!.Genres[0] == "science-fiction");
        Assert.Contains(list.Take(3), r => r.Strategy == RecommendationStrategies.Content);
    }

    [Fact]
    public async Task Excluded_titles_are_never_proposed()
    {
        var history = new List<UserEvent> { View("me", Named("Nebula"), Now.AddDays(-1)) };
        var options = AccuracyFirst();
        var trained = RecommendationTrainer.Train(Community().Concat(history).ToList(), Now, options);
        var recommender = new PersonalRecommender(() => trained, new FixedTitleTable(Table), null, options);
        var excluded = new HashSet<string> { Named("Orbit").Id, Named("Comet").Id };

        var list = await recommender.RecommendAsync(new RecommendationRequest("me", history, null, [], 10, Now) { Excluded = excluded });

        Assert.NotEmpty(list);
        Assert.DoesNotContain(list, r => excluded.Contains(r.TitleId) || r.TitleId == Named("Nebula").Id);
    }

    [Fact]
    public async Task When_the_trainings_validation_found_popularity_better_the_most_liked_titles_lead()
    {
        var history = new List<UserEvent> { View("me", Named("Nebula"), Now.AddDays(-1)) };
        var options = AccuracyFirst();
        var trained = RecommendationTrainer.Train(Community().Concat(history).ToList(), Now, options) with
        {
            Validation = new StrategyValidation(100, CollaborativeRecall: 0.1, PopularityRecall: 0.2),
            Popular = [new StrategyCandidate(Named("Amour").Id, 9, "popular"), new StrategyCandidate(Named("Nebula").Id, 8, "popular"), new StrategyCandidate(Named("Orbit").Id, 7, "popular")],
        };
        var recommender = new PersonalRecommender(() => trained, new FixedTitleTable(Table), null, options);

        var list = await recommender.RecommendAsync(new RecommendationRequest("me", history, null, [], 10, Now));

        Assert.Equal([Named("Amour").Id, Named("Orbit").Id], list.Take(2).Select(r => r.TitleId));
        Assert.StartsWith("Popular", list[0].Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("stacked")]
    [InlineData("")]
    public void An_unknown_composition_fails_the_start(string composition) =>
        Assert.Throws<InvalidOperationException>(() => new RecommendationOptions { Composition = composition }.Validate());

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void A_recency_decay_outside_0_to_1_fails_the_start(double decay) =>
        Assert.Throws<InvalidOperationException>(() => new RecommendationOptions { RecencyDecay = decay }.Validate());
}
