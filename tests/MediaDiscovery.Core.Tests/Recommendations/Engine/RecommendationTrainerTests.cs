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
