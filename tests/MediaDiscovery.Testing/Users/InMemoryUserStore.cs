using System.Runtime.CompilerServices;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Users;

namespace MediaDiscovery.Testing.Users;

/// <summary>
/// A user store for tests of the layers above it (API, webhooks, recommendations); it passes the same
/// <see cref="UserStoreContract"/> as the SQLite and DynamoDB stores. One lock: simple and thread-safe.
/// </summary>
public sealed class InMemoryUserStore : IUserStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, UserData> users = new(StringComparer.Ordinal);

    public Task<AppendOutcome> AppendEventAsync(UserEvent userEvent, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(userEvent);
        lock (gate)
        {
            var user = UserOf(userEvent.UserId);
            if (!user.Events.TryAdd(userEvent.EventId, userEvent))
                return Task.FromResult(AppendOutcome.Duplicate);
            if (userEvent.Kind is UserEventKind.WatchlistAdd or UserEventKind.WatchlistRemove)
                ApplyToWatchlist(user, userEvent);
            return Task.FromResult(AppendOutcome.Appended);
        }
    }

    public Task<UserEvent?> GetEventAsync(string userId, string eventId, CancellationToken ct = default)
    {
        lock (gate)
            return Task.FromResult(users.TryGetValue(userId, out var user) ? user.Events.GetValueOrDefault(eventId) : null);
    }

    public Task<IReadOnlyList<UserEvent>> ListEventsAsync(string userId, int limit, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        lock (gate)
        {
            IReadOnlyList<UserEvent> events = users.TryGetValue(userId, out var user)
                ? user.Events.Values.OrderByDescending(e => e, TimeThenIdOrder.Events).Take(limit).ToList()
                : [];
            return Task.FromResult(events);
        }
    }

    public async IAsyncEnumerable<UserEvent> ListAllEventsAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        List<UserEvent> snapshot;
        lock (gate)
            snapshot = users.Values.SelectMany(u => u.Events.Values).ToList();
        foreach (var userEvent in snapshot)
        {
            ct.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return userEvent;
        }
    }

    public Task<IReadOnlyList<WatchlistEntry>> GetWatchlistAsync(string userId, CancellationToken ct = default)
    {
        lock (gate)
        {
            IReadOnlyList<WatchlistEntry> entries = users.TryGetValue(userId, out var user)
                ? user.Watchlist.Values
                    .Where(w => w.Kind == UserEventKind.WatchlistAdd)
                    .Select(w => new WatchlistEntry(w.TitleId, w.At))
                    .OrderByDescending(w => w.AddedAt)
                    .ThenBy(w => w.TitleId, StringComparer.Ordinal)
                    .ToList()
                : [];
            return Task.FromResult(entries);
        }
    }

    public Task<IReadOnlyList<string>> ListWatchersAsync(string titleId, CancellationToken ct = default)
    {
        lock (gate)
        {
            IReadOnlyList<string> watchers = users
                .Where(u => u.Value.Watchlist.TryGetValue(titleId, out var w) && w.Kind == UserEventKind.WatchlistAdd)
                .Select(u => u.Key)
                .Order(StringComparer.Ordinal)
                .ToList();
            return Task.FromResult(watchers);
        }
    }

    public Task<UserPreferences?> GetPreferencesAsync(string userId, CancellationToken ct = default)
    {
        lock (gate)
            return Task.FromResult(users.TryGetValue(userId, out var user) ? user.Preferences : null);
    }

    public Task SetPreferencesAsync(string userId, UserPreferences preferences, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(preferences);
        lock (gate)
        {
            // Copies: a caller mutating its lists afterwards must not change what is stored.
            UserOf(userId).Preferences = preferences with
            {
                Platforms = [.. preferences.Platforms],
                LikedGenres = [.. preferences.LikedGenres],
                AvoidedGenres = [.. preferences.AvoidedGenres],
            };
        }
        return Task.CompletedTask;
    }

    public Task AddNotificationsAsync(IReadOnlyList<UserNotification> notifications, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        lock (gate)
        {
            foreach (var notification in notifications)
                UserOf(notification.UserId).Notifications.TryAdd(notification.NotificationId, notification);
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<UserNotification>> ListNotificationsAsync(string userId, int limit, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        lock (gate)
        {
            IReadOnlyList<UserNotification> notifications = users.TryGetValue(userId, out var user)
                ? user.Notifications.Values.OrderByDescending(n => n, TimeThenIdOrder.Notifications).Take(limit).ToList()
                : [];
            return Task.FromResult(notifications);
        }
    }

    public Task<bool> EraseAsync(string userId, CancellationToken ct = default)
    {
        lock (gate)
            return Task.FromResult(users.Remove(userId));
    }

    private UserData UserOf(string userId)
    {
        if (!users.TryGetValue(userId, out var user))
            users[userId] = user = new UserData();
        return user;
    }

    /// <summary>The newest watchlist event per title decides, whatever order the events arrive in.</summary>
    private static void ApplyToWatchlist(UserData user, UserEvent userEvent)
    {
        if (user.Watchlist.TryGetValue(userEvent.TitleId, out var current) && TimeThenIdOrder.Events.Compare(current, userEvent) >= 0)
            return;
        user.Watchlist[userEvent.TitleId] = userEvent;
    }

    private sealed class UserData
    {
        public Dictionary<string, UserEvent> Events { get; } = new(StringComparer.Ordinal);

        /// <summary>The newest watchlist event per title, removals included: an older add must not revive a removed title.</summary>
        public Dictionary<string, UserEvent> Watchlist { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, UserNotification> Notifications { get; } = new(StringComparer.Ordinal);

        public UserPreferences? Preferences { get; set; }
    }
}
