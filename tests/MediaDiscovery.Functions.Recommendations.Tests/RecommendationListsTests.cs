using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Recommendations;
using MediaDiscovery.Core.Users;
using MediaDiscovery.Embedded.Caching;
using MediaDiscovery.Testing;
using MediaDiscovery.Testing.Users;

namespace MediaDiscovery.Functions.Recommendations.Tests;

public sealed class RecommendationListsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);
    private readonly InMemoryUserStore users = new();
    private readonly FakeRecommendationEngine engine = new() { Titles = ["t_a", "t_b", "t_c"] };
    private readonly RecommendationCache cache;
    private readonly RecommendationLists lists;

    public RecommendationListsTests()
    {
        var clock = new FixedClock(Now);
        var options = new RecommendationsApiOptions { HistoryEvents = 2 };
        cache = new RecommendationCache(new InMemoryQueryCache(null, clock), clock, options);
        lists = new RecommendationLists(users, cache, new Interleaved(engine, () => Interleave?.Invoke()), engine, options, clock);
    }

    /// <summary>Runs while the recommender computes: a change that lands mid-request.</summary>
    private Action? Interleave { get; set; }

    [Fact]
    public async Task A_change_during_a_computation_is_not_hidden_by_the_list_it_was_computing()
    {
        Interleave = () =>
        {
            users.AppendEventAsync(new UserEvent("ada", "e1", "t_a", UserEventKind.View, null, 1, Now)).GetAwaiter().GetResult();
            cache.InvalidateAsync("ada").GetAwaiter().GetResult();
        };
        var (stale, _) = await lists.GetAsync("ada", 3, []);
        Assert.Equal("t_a", stale.Items[0].TitleId); // computed from the history before the view
        Interleave = null;

        var (fresh, _) = await lists.GetAsync("ada", 3, []);
        Assert.Equal(["t_b", "t_c"], fresh.Items.Select(i => i.TitleId));
        Assert.Equal(2, engine.Requests.Count);
    }

    [Fact]
    public async Task The_recommender_sees_the_latest_events_and_the_preferred_platforms_unless_the_request_names_some()
    {
        for (var i = 0; i < 3; i++)
            await users.AppendEventAsync(new UserEvent("ada", $"e{i}", "t_x" + i, UserEventKind.View, null, null, Now.AddMinutes(i)));
        await users.SetPreferencesAsync("ada", new UserPreferences(["hulu"], [], [], 12, Now));

        var (list, _) = await lists.GetAsync("ada", 2, []);
        var request = Assert.Single(engine.Requests);
        Assert.Equal(["e2", "e1"], request.History.Select(e => e.EventId));
        Assert.Equal(["hulu"], request.Platforms);
        Assert.Equal(["hulu"], list.Platforms);
        Assert.Equal(Now.AddHours(1), list.ExpiresAt);

        await lists.GetAsync("ada", 2, ["netflix"]);
        Assert.Equal(["netflix"], engine.Requests[^1].Platforms);
    }

    [Fact]
    public async Task The_watchlist_and_titles_seen_before_the_history_window_are_excluded()
    {
        // HistoryEvents is 2: the first view falls out of the window the taste is read from.
        await users.AppendEventAsync(new UserEvent("ada", "e0", "t_old", UserEventKind.View, null, null, Now.AddDays(-3)));
        await users.AppendEventAsync(new UserEvent("ada", "e1", "t_rated", UserEventKind.Rating, 2, null, Now.AddDays(-2)));
        await users.AppendEventAsync(new UserEvent("ada", "e2", "t_saved", UserEventKind.WatchlistAdd, null, null, Now.AddDays(-1)));

        await lists.GetAsync("ada", 3, []);

        var request = Assert.Single(engine.Requests);
        Assert.Equal(["e2", "e1"], request.History.Select(e => e.EventId));
        Assert.Equal(["t_old", "t_rated", "t_saved"], request.Excluded.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_short_history_is_read_once_and_excludes_only_the_watchlist_beyond_it()
    {
        await users.AppendEventAsync(new UserEvent("ada", "e0", "t_saved", UserEventKind.WatchlistAdd, null, null, Now.AddDays(-1)));

        await lists.GetAsync("ada", 3, []);

        Assert.Equal(["t_saved"], Assert.Single(engine.Requests).Excluded);
    }

    [Fact]
    public async Task The_list_is_cut_to_the_limit_even_if_the_recommender_returns_more()
    {
        var (list, _) = await lists.GetAsync("ada", 1, []);
        Assert.Single(list.Items);
    }

    private sealed class Interleaved(IRecommender inner, Action during) : IRecommender
    {
        public async Task<IReadOnlyList<Recommendation>> RecommendAsync(RecommendationRequest request, CancellationToken ct = default)
        {
            var result = await inner.RecommendAsync(request, ct);
            during();
            // Ignore the limit, as a careless engine might: the API still returns at most the limit.
            return request.Limit == 1 ? [.. result, new Recommendation("t_extra", 0, "trending", "Trending now")] : result;
        }
    }
}
