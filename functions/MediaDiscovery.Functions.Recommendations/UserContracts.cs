using MediaDiscovery.Core.Users;
using MediaDiscovery.Hosting.Contracts;

namespace MediaDiscovery.Functions.Recommendations;

/// <summary>A stored event on the wire (the response to <c>POST .../events</c>, an item of the history).</summary>
public sealed record UserEventView(string EventId, string UserId, string TitleId, string Kind, double? Rating, double? Completion, DateTimeOffset At)
{
    public static UserEventView From(UserEvent e) => new(e.EventId, e.UserId, e.TitleId, e.Kind.ToWire(), e.Rating, e.Completion, e.At);
}

/// <summary><c>GET /api/v1/users/{userId}/history</c>: events, newest first.</summary>
public sealed record HistoryResponse(string UserId, IReadOnlyList<UserEventView> Events);

/// <summary>A watchlist item: the title as the catalog shows it now (null if it left the catalog) and when it was added.</summary>
public sealed record WatchlistItemView(string TitleId, DateTimeOffset AddedAt, TitleView? Title);

/// <summary><c>GET /api/v1/users/{userId}/watchlist</c>: most recently added first.</summary>
public sealed record WatchlistResponse(string UserId, IReadOnlyList<WatchlistItemView> Items);

/// <summary>Preferences on the wire; <see cref="UpdatedAt"/> is null until the user sets them.</summary>
public sealed record PreferencesView(
    IReadOnlyList<string> Platforms,
    IReadOnlyList<string> LikedGenres,
    IReadOnlyList<string> AvoidedGenres,
    int? MaxMinAge,
    DateTimeOffset? UpdatedAt)
{
    public static PreferencesView From(UserPreferences? p) => p is null
        ? new PreferencesView([], [], [], null, null)
        : new PreferencesView(p.Platforms, p.LikedGenres, p.AvoidedGenres, p.MaxMinAge, p.UpdatedAt);
}

public sealed record NotificationView(string NotificationId, string TitleId, string Platform, string Kind, string Message, DateTimeOffset CreatedAt)
{
    public static NotificationView From(UserNotification n) => new(n.NotificationId, n.TitleId, n.Platform, n.Kind, n.Message, n.CreatedAt);
}

/// <summary><c>GET /api/v1/users/{userId}/notifications</c>: newest first.</summary>
public sealed record NotificationsResponse(string UserId, IReadOnlyList<NotificationView> Notifications);

public sealed record WatchlistEntryView(string TitleId, DateTimeOffset AddedAt);

/// <summary><c>GET /api/v1/users/{userId}/export</c>: everything stored about the user, in one document.</summary>
public sealed record UserExport(
    string UserId,
    DateTimeOffset ExportedAt,
    PreferencesView Preferences,
    IReadOnlyList<WatchlistEntryView> Watchlist,
    IReadOnlyList<UserEventView> Events,
    IReadOnlyList<NotificationView> Notifications);
