using System.Diagnostics;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Users;

namespace MediaDiscovery.Core.Recommendations;

/// <summary>
/// Trains the collaborative model from every user's events and the audience's ratings (<see cref="IAudienceSource"/>,
/// when one is given), and the trending counts from the users' events alone; swaps them in atomically:
/// requests keep the models they started with, and the previous models serve while a training runs. Trainings
/// are serialised (a second caller waits and then trains on newer data).
/// </summary>
public sealed class RecommendationTrainer(IUserStore users, RecommendationOptions options, TimeProvider clock, IAudienceSource? audience = null)
    : IRecommendationTraining, IDisposable
{
    /// <summary>Most liked titles kept for serving when validation finds popularity the more accurate.</summary>
    private const int PopularKept = 1000;

    private readonly SemaphoreSlim training = new(1, 1);
    private TrainedRecommendations current = TrainedRecommendations.Untrained;

    public TrainedRecommendations Current => Volatile.Read(ref current);

    public string? CurrentVersion => ReferenceEquals(Current, TrainedRecommendations.Untrained) ? null : Current.Version;

    public StrategyValidation? CurrentValidation => Current.Validation;

    /// <summary>How long the last training took.</summary>
    public TimeSpan LastTrainingDuration { get; private set; }

    public async Task<string> TrainNowAsync(CancellationToken ct = default)
    {
        await training.WaitAsync(ct);
        try
        {
            var started = Stopwatch.GetTimestamp();
            var events = new List<UserEvent>();
            await foreach (var e in users.ListAllEventsAsync(ct))
                events.Add(e);
            var background = audience is null ? [] : await audience.LoadAsync(ct);
            var now = clock.GetUtcNow();
            // CPU-bound (an EASE inverse): off the caller's thread.
            var trained = await Task.Run(() => Train(events, background, now, options), ct);
            Volatile.Write(ref current, trained);
            LastTrainingDuration = Stopwatch.GetElapsedTime(started);
            return trained.Version;
        }
        finally
        {
            training.Release();
        }
    }

    public static TrainedRecommendations Train(IReadOnlyList<UserEvent> events, DateTimeOffset now, RecommendationOptions options) =>
        Train(events, [], now, options);

    /// <summary>
    /// <paramref name="audience"/> trains the collaborative model beside the users' events; trending counts only what
    /// the product's users did lately.
    /// </summary>
    public static TrainedRecommendations Train(IReadOnlyList<UserEvent> events, IReadOnlyList<UserEvent> audience, DateTimeOffset now, RecommendationOptions options)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(audience);
        ArgumentNullException.ThrowIfNull(options);
        var likes = CollaborativeModel.LikesByUser(audience.Count == 0 ? events : events.Concat(audience));
        var collaborative = CollaborativeModel.Train(likes, now, options.EaseLambda, options.MaxModelTitles);
        var validation = collaborative is null || options.Composition != RecommendationCompositions.AccuracyFirst ? null : StrategyValidation.Run(likes, now, options);
        var trending = TrendingModel.Build(events, now, options.TrendingHalfLife, options.TrendingWindow);
        var version = FormattableString.Invariant(
            $"recs-{now.UtcDateTime:yyyyMMddTHHmmssfffZ}-e{events.Count}-a{audience.Count}/{collaborative?.Version ?? "no-collaborative"}");
        var popular = MostLikedTitles.Rank(likes)
            .Take(PopularKept).Select(p => new StrategyCandidate(p.Key, p.Value, "popular")).ToList();
        return new TrainedRecommendations(version, collaborative, trending, now) { Validation = validation, Popular = popular };
    }

    public void Dispose() => training.Dispose();
}
