using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Recommendations;
using static MediaDiscovery.Core.Tests.Recommendations.Engine.EngineFixtures;

namespace MediaDiscovery.Core.Tests.Recommendations.Engine;

public sealed class ReasonSlotsTests
{
    private static readonly Title[] Titles = Enumerable.Range(0, 8).Select(i => Movie($"T{i}", 2000 + i, ["drama"])).ToArray();

    private static (FusedCandidate Candidate, Title Title) Collaborative(int i) =>
        (new FusedCandidate(Titles[i].Id, 1.0 / (i + 1), RecommendationStrategies.Collaborative, new StrategyCandidate(Titles[i].Id, 1, "liked")), Titles[i]);

    private static (string, Func<IReadOnlyList<StrategyCandidate>>) Proposing(string strategy, params int[] titles) =>
        (strategy, () => titles.Select(i => new StrategyCandidate(Titles[i].Id, 1, strategy)).ToList());

    [Fact]
    public void A_listed_title_the_other_strategy_also_proposes_is_shown_with_its_reason_in_place()
    {
        var list = Enumerable.Range(0, 4).Select(Collaborative).ToList();

        ReasonSlots.Fill(list, [Collaborative(4)], slots: 2, [Proposing(RecommendationStrategies.Trending, 2, 7)]);

        Assert.Equal([0, 1, 2, 3], list.Select(p => Array.IndexOf(Titles, p.Title)));
        Assert.Equal(RecommendationStrategies.Trending, list[2].Candidate.Strategy);
        Assert.Equal(RecommendationStrategies.Collaborative, list[3].Candidate.Strategy);
    }

    [Fact]
    public void Else_the_next_title_below_the_list_that_it_proposes_takes_a_last_slot()
    {
        var list = Enumerable.Range(0, 4).Select(Collaborative).ToList();

        ReasonSlots.Fill(list, [Collaborative(4), Collaborative(5), Collaborative(6)], slots: 2,
            [Proposing(RecommendationStrategies.Trending, 7, 5), Proposing(RecommendationStrategies.Discovery, 6)]);

        Assert.Equal([0, 1, 6, 5], list.Select(p => Array.IndexOf(Titles, p.Title)));
        Assert.Equal(RecommendationStrategies.Trending, list[3].Candidate.Strategy);
        Assert.Equal(RecommendationStrategies.Discovery, list[2].Candidate.Strategy);
    }

    [Fact]
    public void A_reason_nothing_near_the_list_supports_is_left_out_and_no_more_slots_than_allowed_are_used()
    {
        var list = Enumerable.Range(0, 4).Select(Collaborative).ToList();

        ReasonSlots.Fill(list, [Collaborative(4), Collaborative(5)], slots: 1,
            [Proposing(RecommendationStrategies.Trending, 7), Proposing(RecommendationStrategies.Discovery, 4), Proposing("other", 5)]);

        Assert.Equal([0, 1, 2, 4], list.Select(p => Array.IndexOf(Titles, p.Title)));
        Assert.Equal(RecommendationStrategies.Discovery, list[3].Candidate.Strategy);
    }
}
