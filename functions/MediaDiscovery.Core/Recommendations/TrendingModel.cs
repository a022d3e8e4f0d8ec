using MediaDiscovery.Core.Users;

namespace MediaDiscovery.Core.Recommendations;

/// <summary>
/// What people watch now: per title, Σ 0.5^(age / half-life) over views and watchlist adds within the window
/// before the training time; plus all-time activity counts, which tell discovery what is already popular.
/// Computed at training time (the ranking does not change between trainings: every score decays alike).
/// </summary>
public sealed class TrendingModel
{
    public static readonly TrendingModel Empty = new([], []);

    private TrendingModel(IReadOnlyList<StrategyCandidate> ranked, IReadOnlyList<string> mostActive)
    {
        Ranked = ranked;
        MostActive = mostActive;
    }

    /// <summary>Titles with activity in the window, best first.</summary>
    public IReadOnlyList<StrategyCandidate> Ranked { get; }

    /// <summary>Every title with any activity, most active (all time) first.</summary>
    public IReadOnlyList<string> MostActive { get; }

    public static TrendingModel Build(IEnumerable<UserEvent> allEvents, DateTimeOffset now, TimeSpan halfLife, TimeSpan window)
    {
        ArgumentNullException.ThrowIfNull(allEvents);
        var decayed = new Dictionary<string, double>(StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in allEvents)
        {
            if (e.Kind is not (UserEventKind.View or UserEventKind.WatchlistAdd or UserEventKind.Rating))
                continue;
            counts[e.TitleId] = counts.GetValueOrDefault(e.TitleId) + 1;
            var age = now - e.At;
            // Ratings say what people liked, not what they watch now; only views and adds trend.
            if (e.Kind == UserEventKind.Rating || age > window || age < -window)
                continue;
            decayed[e.TitleId] = decayed.GetValueOrDefault(e.TitleId) + Decay.Factor(age, halfLife);
        }
        var ranked = decayed.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new StrategyCandidate(p.Key, p.Value, null)).ToList();
        var active = counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).ToList();
        return new TrendingModel(ranked, active);
    }
}
