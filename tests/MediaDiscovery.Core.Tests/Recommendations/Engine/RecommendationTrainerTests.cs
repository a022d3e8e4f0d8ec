using System.Runtime.CompilerServices;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Recommendations;
using MediaDiscovery.Core.Users;
using MediaDiscovery.Testing;
using MediaDiscovery.Testing.Users;
using static MediaDiscovery.Core.Tests.Recommendations.Engine.EngineFixtures;

namespace MediaDiscovery.Core.Tests.Recommendations.Engine;

public sealed class RecommendationTrainerTests
{
    private static readonly Core.Catalog.Title A = Movie("A", 2000, ["drama"]);
    private static readonly Core.Catalog.Title B = Movie("B", 2000, ["drama"]);
    private static readonly Core.Catalog.Title C = Movie("C", 2000, ["drama"]);

    [Fact]
    public async Task Trains_from_every_users_events_and_versions_each_model()
    {
        var store = new InMemoryUserStore();
        foreach (var e in new[] { View("u1", A, Now), View("u1", B, Now), View("u2", A, Now), View("u2", B, Now), View("u2", C, Now), View("u3", A, Now) })
            await store.AppendEventAsync(e);
        var clock = new FixedClock(Now);
        using var trainer = new RecommendationTrainer(store, new RecommendationOptions(), clock);
        Assert.Null(trainer.CurrentVersion);

        var version = await trainer.TrainNowAsync();

        Assert.Equal(version, trainer.CurrentVersion);
        Assert.Contains("ease/", version, StringComparison.Ordinal);
        Assert.NotNull(trainer.Current.Collaborative);
        Assert.Equal(A.Id, trainer.Current.Trending.Ranked[0].TitleId);
    }

    [Fact]
    public async Task The_previous_model_serves_while_a_training_runs()
    {
        var store = new GatedStore([View("u1", A, Now), View("u1", B, Now), View("u2", A, Now), View("u2", C, Now)]);
        var now = Now;
        using var trainer = new RecommendationTrainer(store, new RecommendationOptions(), new FixedClock(() => now));
        store.Gate.Release();
        var first = await trainer.TrainNowAsync();

        now = Now.AddHours(6);
        var second = trainer.TrainNowAsync();
        await Task.Delay(50);
        Assert.False(second.IsCompleted);
        Assert.Equal(first, trainer.CurrentVersion);

        store.Gate.Release();
        Assert.NotEqual(first, await second);
        Assert.Equal(await second, trainer.CurrentVersion);
    }

    [Fact]
    public async Task The_audience_trains_the_collaborative_model_but_not_trending()
    {
        var store = new InMemoryUserStore();
        await store.AppendEventAsync(View("u1", A, Now));
        // Only the audience says that A and C go together, and C is nobody's recent view.
        var audience = new FixedAudience([Rate("audience:1", A, 5, Now.AddYears(-8)), Rate("audience:1", C, 4.5, Now.AddYears(-8)),
            Rate("audience:2", A, 4, Now.AddYears(-8)), Rate("audience:2", C, 4, Now.AddYears(-8)), Rate("audience:3", B, 2, Now.AddYears(-8))]);
        using var trainer = new RecommendationTrainer(store, new RecommendationOptions(), new FixedClock(Now), audience);

        var version = await trainer.TrainNowAsync();

        Assert.Contains("-e1-a5/", version, StringComparison.Ordinal);
        var recommended = trainer.Current.Collaborative!.Recommend([A.Id], _ => true, 5);
        Assert.Equal(C.Id, recommended[0].TitleId);
        Assert.DoesNotContain(trainer.Current.Trending.Ranked, t => t.TitleId == C.Id);
    }

    [Fact]
    public async Task Without_an_audience_one_user_is_too_little_for_a_collaborative_model()
    {
        var store = new InMemoryUserStore();
        await store.AppendEventAsync(View("u1", A, Now));
        using var trainer = new RecommendationTrainer(store, new RecommendationOptions(), new FixedClock(Now));

        await trainer.TrainNowAsync();

        Assert.Null(trainer.Current.Collaborative);
    }

    private sealed class FixedAudience(IReadOnlyList<UserEvent> events) : IAudienceSource
    {
        public string Name => "fixed";

        public Task<IReadOnlyList<UserEvent>> LoadAsync(CancellationToken ct = default) => Task.FromResult(events);
    }

    /// <summary>A store whose full scan waits for the test's signal, to hold a training midway.</summary>
    private sealed class GatedStore(IReadOnlyList<UserEvent> events) : IUserStore
    {
        public SemaphoreSlim Gate { get; } = new(0);

        public async IAsyncEnumerable<UserEvent> ListAllEventsAsync([EnumeratorCancellation] CancellationToken ct = default)
        {
            await Gate.WaitAsync(ct);
            foreach (var e in events)
                yield return e;
        }

        public Task<AppendOutcome> AppendEventAsync(UserEvent userEvent, CancellationToken ct = default) => throw new NotSupportedException();

        public Task<IReadOnlyList<UserEvent>> ListEventsAsync(string userId, int limit, CancellationToken ct = default) => throw new NotSupportedException();

        public Task<IReadOnlyList<WatchlistEntry>> GetWatchlistAsync(string userId, CancellationToken ct = default) => throw new NotSupportedException();

        public Task<IReadOnlyList<string>> ListWatchersAsync(string titleId, CancellationToken ct = default) => throw new NotSupportedException();

        public Task<UserPreferences?> GetPreferencesAsync(string userId, CancellationToken ct = default) => throw new NotSupportedException();

        public Task SetPreferencesAsync(string userId, UserPreferences preferences, CancellationToken ct = default) => throw new NotSupportedException();

        public Task AddNotificationsAsync(IReadOnlyList<UserNotification> notifications, CancellationToken ct = default) => throw new NotSupportedException();

        public Task<IReadOnlyList<UserNotification>> ListNotificationsAsync(string userId, int limit, CancellationToken ct = default) => throw new NotSupportedException();

        public Task<bool> EraseAsync(string userId, CancellationToken ct = default) => throw new NotSupportedException();
    }
}
