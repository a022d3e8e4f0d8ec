using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Recommendations;
using MediaDiscovery.Core.Users;

namespace MediaDiscovery.Functions.Recommendations;

/// <summary>
/// A person's recommendation list: from the cache when a list for the same model, length and platforms is there
/// and their data has not changed since; else from the recommender, over their latest events and preferences.
/// </summary>
public sealed class RecommendationLists(
    IUserStore store,
    RecommendationCache cache,
    IRecommender recommender,
    IRecommendationTraining training,
    RecommendationsApiOptions options,
    TimeProvider time)
{
    /// <summary>How far back "already seen" reaches for a person with a long history (the export's bound).</summary>
    private const int MaxExcludedEvents = 100_000;

    /// <param name="platforms">The request's platforms; empty = the user's preferred platforms (or any).</param>
    public async Task<(CachedRecommendations List, string? ModelVersion)> GetAsync(
        string userId, int limit, IReadOnlyList<string> platforms, CancellationToken ct = default)
    {
        // The token is read before the history, so a list computed from a history that changes meanwhile is
        // written under a token that the change has already replaced.
        var generation = await cache.GenerationAsync(userId, ct);
        var modelVersion = training.CurrentVersion;
        var variant = RecommendationCache.Variant(modelVersion, limit, platforms);
        if (await cache.GetAsync(userId, generation, variant, ct) is { } cached)
            return (cached, modelVersion);
        var list = await ComputeAsync(userId, limit, platforms, ct);
        await cache.SetAsync(userId, generation, variant, list, ct);
        return (list, modelVersion);
    }

    private async Task<CachedRecommendations> ComputeAsync(string userId, int limit, IReadOnlyList<string> requested, CancellationToken ct)
    {
        var history = await store.ListEventsAsync(userId, options.HistoryEvents, ct);
        var preferences = await store.GetPreferencesAsync(userId, ct);
        var platforms = requested.Count > 0 ? requested : preferences?.Platforms ?? [];
        var now = time.GetUtcNow();
        var excluded = await ExcludedAsync(userId, history, ct);
        var recommended = await recommender.RecommendAsync(new RecommendationRequest(userId, history, preferences, platforms, limit, now) { Excluded = excluded }, ct);
        var items = recommended
            .Take(limit)
            .Select(r => new CachedRecommendation(r.TitleId, Math.Round(r.Score, 6), r.Strategy, r.Reason))
            .ToList();
        return new CachedRecommendations(items, platforms, now, now + options.CacheTtl);
    }

    /// <summary>
    /// The watchlist, and when the history fills its window, every title viewed or rated before it (up to the export's
    /// bound): a person is never offered what they have seen, rated or already saved.
    /// </summary>
    private async Task<IReadOnlySet<string>> ExcludedAsync(string userId, IReadOnlyList<UserEvent> history, CancellationToken ct)
    {
        var excluded = (await store.GetWatchlistAsync(userId, ct)).Select(w => w.TitleId).ToHashSet(StringComparer.Ordinal);
        if (history.Count < options.HistoryEvents)
            return excluded;
        foreach (var e in await store.ListEventsAsync(userId, MaxExcludedEvents, ct))
        {
            if (e.Kind is UserEventKind.View or UserEventKind.Rating)
                excluded.Add(e.TitleId);
        }
        return excluded;
    }
}
