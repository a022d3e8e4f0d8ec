using MediaDiscovery.Core.Users;

namespace MediaDiscovery.Core.Ports;

/// <summary>
/// A person's data (SQLite embedded, DynamoDB in AWS): their events in time order, the watchlist those events
/// imply, their preferences and notifications. Everything of one user is erasable at once.
/// </summary>
public interface IUserStore
{
    /// <summary>Stores the event once per (user, event id); the watchlist follows watchlist events by their time.</summary>
    Task<AppendOutcome> AppendEventAsync(UserEvent userEvent, CancellationToken ct = default);

    /// <summary>
    /// The user's event with that id, or null: what a <see cref="AppendOutcome.Duplicate"/> append had stored. The
    /// stores answer with one key lookup; this default (for test doubles) reads the whole history.
    /// </summary>
    async Task<UserEvent?> GetEventAsync(string userId, string eventId, CancellationToken ct = default) =>
        (await ListEventsAsync(userId, int.MaxValue, ct)).FirstOrDefault(e => e.EventId == eventId);

    /// <summary>The user's events, newest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<UserEvent>> ListEventsAsync(string userId, int limit, CancellationToken ct = default);

    /// <summary>Every user's events, in no particular order: the training data of the collaborative model.</summary>
    IAsyncEnumerable<UserEvent> ListAllEventsAsync(CancellationToken ct = default);

    /// <summary>Titles on the user's watchlist, most recently added first.</summary>
    Task<IReadOnlyList<WatchlistEntry>> GetWatchlistAsync(string userId, CancellationToken ct = default);

    /// <summary>Ids of the users whose watchlist holds the title.</summary>
    Task<IReadOnlyList<string>> ListWatchersAsync(string titleId, CancellationToken ct = default);

    Task<UserPreferences?> GetPreferencesAsync(string userId, CancellationToken ct = default);

    Task SetPreferencesAsync(string userId, UserPreferences preferences, CancellationToken ct = default);

    /// <summary>Stores each notification once per (user, notification id).</summary>
    Task AddNotificationsAsync(IReadOnlyList<UserNotification> notifications, CancellationToken ct = default);

    /// <summary>The user's notifications, newest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<UserNotification>> ListNotificationsAsync(string userId, int limit, CancellationToken ct = default);

    /// <summary>Deletes everything stored for the user; true when there was something to delete.</summary>
    Task<bool> EraseAsync(string userId, CancellationToken ct = default);
}
