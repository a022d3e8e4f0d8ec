using System.Runtime.CompilerServices;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Users;

namespace MediaDiscovery.Functions.Recommendations.Tests;

/// <summary>
/// A small in-memory user store for the API tests until the stores' shared InMemoryUserStore is merged: events
/// once per (user, event id), the watchlist replayed from watchlist events in time order.
/// </summary>
public sealed class FakeUserStore : IUserStore
{
    private readonly Lock gate = new();
    private readonly List<UserEvent> events = [];
    private readonly Dictionary<string, UserPreferences> preferences = new(StringComparer.Ordinal);
    private readonly List<UserNotification> notifications = [];

    public Task<AppendOutcome> AppendEventAsync(UserEvent userEvent, CancellationToken ct = default)
    {
        lock (gate)
        {
            if (events.Any(e => e.UserId == userEvent.UserId && e.EventId == userEvent.EventId))
                return Task.FromResult(AppendOutcome.Duplicate);
            events.Add(userEvent);
            return Task.FromResult(AppendOutcome.Appended);
        }
    }

    public Task<IReadOnlyList<UserEvent>> ListEventsAsync(string userId, int limit, CancellationToken ct = default)
    {
        lock (gate)
            return Task.FromResult<IReadOnlyList<UserEvent>>(Of(userId).OrderByDescending(e => e.At).ThenByDescending(e => e.EventId, StringComparer.Ordinal).Take(limit).ToList());
    }

    public async IAsyncEnumerable<UserEvent> ListAllEventsAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        List<UserEvent> all;
        lock (gate)
            all = events.ToList();
        foreach (var e in all)
        {
            await Task.Yield();
            yield return e;
        }
    }

    public Task<IReadOnlyList<WatchlistEntry>> GetWatchlistAsync(string userId, CancellationToken ct = default)
    {
        lock (gate)
            return Task.FromResult(Watchlist(userId));
    }

    public Task<IReadOnlyList<string>> ListWatchersAsync(string titleId, CancellationToken ct = default)
    {
        lock (gate)
        {
            var users = events.Select(e => e.UserId).Distinct(StringComparer.Ordinal).Where(u => Watchlist(u).Any(w => w.TitleId == titleId)).ToList();
            return Task.FromResult<IReadOnlyList<string>>(users);
        }
    }

    public Task<UserPreferences?> GetPreferencesAsync(string userId, CancellationToken ct = default)
    {
        lock (gate)
            return Task.FromResult(preferences.GetValueOrDefault(userId));
    }

    public Task SetPreferencesAsync(string userId, UserPreferences preferences, CancellationToken ct = default)
    {
        lock (gate)
            this.preferences[userId] = preferences;
        return Task.CompletedTask;
    }

    public Task AddNotificationsAsync(IReadOnlyList<UserNotification> notifications, CancellationToken ct = default)
    {
        lock (gate)
        {
            foreach (var n in notifications)
            {
                if (!this.notifications.Any(o => o.UserId == n.UserId && o.NotificationId == n.NotificationId))
                    this.notifications.Add(n);
            }
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<UserNotification>> ListNotificationsAsync(string userId, int limit, CancellationToken ct = default)
    {
        lock (gate)
            return Task.FromResult<IReadOnlyList<UserNotification>>(notifications.Where(n => n.UserId == userId).OrderByDescending(n => n.CreatedAt).Take(limit).ToList());
    }

    public Task<bool> EraseAsync(string userId, CancellationToken ct = default)
    {
        lock (gate)
        {
            var removed = events.RemoveAll(e => e.UserId == userId) + notifications.RemoveAll(n => n.UserId == userId);
            return Task.FromResult(preferences.Remove(userId) || removed > 0);
        }
    }

    private IEnumerable<UserEvent> Of(string userId) => events.Where(e => e.UserId == userId);

    private IReadOnlyList<WatchlistEntry> Watchlist(string userId)
    {
        var on = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var e in Of(userId).OrderBy(e => e.At).ThenBy(e => e.EventId, StringComparer.Ordinal))
        {
            if (e.Kind == UserEventKind.WatchlistAdd)
                on[e.TitleId] = e.At;
            else if (e.Kind == UserEventKind.WatchlistRemove)
                on.Remove(e.TitleId);
        }
        return on.OrderByDescending(p => p.Value).Select(p => new WatchlistEntry(p.Key, p.Value)).ToList();
    }
}
