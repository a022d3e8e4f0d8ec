using MediaDiscovery.Core.Users;

namespace MediaDiscovery.Core.Recommendations;

/// <summary>
/// Which of a person's events say they liked a title, and how strongly (0..1). Decided per (user, title) over the
/// events in time order:
/// <list type="bullet">
/// <item>a rating decides alone once given: ≥ 4 is a like of strength rating / 5, below 4 is not a like (even if
/// they watched it), and later views do not undo it;</item>
/// <item>otherwise a view with completion ≥ 0.5, or with no completion reported, is a like of strength 0.8
/// (a view abandoned early is not);</item>
/// <item>otherwise a watchlist add is a like of strength 0.6, withdrawn by a later watchlist remove.</item>
/// </list>
/// The same rule feeds the collaborative model (binary: any like), the content profile (weighted) and the
/// MovieLens protocol (ratings ≥ 4).
/// </summary>
public static class PositiveSignals
{
    public const double LikedRating = 4.0;
    public const double MinimumCompletion = 0.5;
    public const double ViewStrength = 0.8;
    public const double WatchlistStrength = 0.6;

    /// <summary>Per title, the like strength and when it was last expressed; titles not liked are absent.</summary>
    public static Dictionary<string, LikedTitle> Likes(IEnumerable<UserEvent> eventsOfOneUser)
    {
        ArgumentNullException.ThrowIfNull(eventsOfOneUser);
        var states = new Dictionary<string, TitleState>(StringComparer.Ordinal);
        foreach (var e in eventsOfOneUser.OrderBy(e => e.At).ThenBy(e => e.EventId, StringComparer.Ordinal))
        {
            if (!states.TryGetValue(e.TitleId, out var state))
                states[e.TitleId] = state = new TitleState();
            state.Apply(e);
        }
        var likes = new Dictionary<string, LikedTitle>(StringComparer.Ordinal);
        foreach (var (titleId, state) in states)
        {
            if (state.Strength > 0)
                likes[titleId] = new LikedTitle(titleId, state.Strength, state.At);
        }
        return likes;
    }

    private sealed class TitleState
    {
        private double? rating;
        private bool watched;
        private bool onWatchlist;

        public DateTimeOffset At { get; private set; }

        public double Strength =>
            rating is { } r ? (r >= LikedRating ? r / 5.0 : 0)
            : watched ? ViewStrength
            : onWatchlist ? WatchlistStrength
            : 0;

        public void Apply(UserEvent e)
        {
            var before = Strength;
            switch (e.Kind)
            {
                case UserEventKind.Rating when e.Rating is { } r:
                    rating = r;
                    break;
                case UserEventKind.View when e.Completion is null || e.Completion >= MinimumCompletion:
                    watched = true;
                    break;
                case UserEventKind.WatchlistAdd:
                    onWatchlist = true;
                    break;
                case UserEventKind.WatchlistRemove:
                    onWatchlist = false;
                    break;
            }
            if (Strength > 0 && (before == 0 || e.Kind != UserEventKind.WatchlistRemove))
                At = e.At;
        }
    }
}
