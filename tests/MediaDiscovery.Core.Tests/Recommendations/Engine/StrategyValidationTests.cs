using MediaDiscovery.Core.Recommendations;

namespace MediaDiscovery.Core.Tests.Recommendations.Engine;

public sealed class StrategyValidationTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);
    private static readonly RecommendationOptions Options = new() { EaseLambda = 5 };

    private static Dictionary<string, LikedTitle> Likes(params string[] titles) =>
        titles.Select((t, i) => new LikedTitle(t, 1, Now.AddDays(-titles.Length + i))).ToDictionary(l => l.TitleId, StringComparer.Ordinal);

    [Fact]
    public void Collaborative_leads_where_tastes_cluster()
    {
        // Two clusters of six titles; every person likes five of their cluster's, so the hidden one is predictable.
        var people = new Dictionary<string, Dictionary<string, LikedTitle>>(StringComparer.Ordinal);
        for (var p = 0; p < 60; p++)
        {
            var cluster = p % 2 == 0 ? "a" : "b";
            people["p" + p] = Likes(Enumerable.Range(0, 6).Where(i => i != p % 6).Select(i => $"{cluster}{(i + p) % 6}").ToArray());
        }
        // The 25 most liked titles overall are a third cluster's that these people never touch (its fans like four
        // each: too few to be validated on).
        for (var p = 0; p < 200; p++)
            people["fan" + p] = Likes(Enumerable.Range(0, 4).Select(i => $"c{(p + i) % 25}").ToArray());

        var validation = StrategyValidation.Run(people, Now, Options);

        Assert.NotNull(validation);
        Assert.Equal(60, validation.People);
        Assert.True(validation.CollaborativeRecall > validation.PopularityRecall, validation.ToString());
        Assert.Equal(RecommendationStrategies.Collaborative, validation.Leader);
    }

    [Fact]
    public void Popularity_leads_when_what_people_like_next_is_what_everyone_likes()
    {
        // Each person's earlier likes are theirs alone; their latest is the title everyone likes.
        var people = new Dictionary<string, Dictionary<string, LikedTitle>>(StringComparer.Ordinal);
        for (var p = 0; p < 40; p++)
            people["p" + p] = Likes($"own{p}a", $"own{p}b", $"own{p}c", $"own{p}d", "hit");
        for (var p = 0; p < 40; p++)
            people["fan" + p] = Likes("hit", "other" + (p % 3));

        var validation = StrategyValidation.Run(people, Now, Options);

        Assert.NotNull(validation);
        Assert.True(validation.PopularityRecall > validation.CollaborativeRecall, validation.ToString());
        Assert.Equal(StrategyValidation.Popularity, validation.Leader);
    }

    [Fact]
    public void Too_few_people_to_tell_decide_nothing()
    {
        var people = Enumerable.Range(0, StrategyValidation.MinPeople - 1)
            .ToDictionary(p => "p" + p, p => Likes("a", "b", "c", "d", "e" + p), StringComparer.Ordinal);

        Assert.Null(StrategyValidation.Run(people, Now, Options));
    }
}
