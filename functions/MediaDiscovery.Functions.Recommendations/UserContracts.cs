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

/// <summary>
/// <c>POST /api/v1/users/{userId}/events</c> as the contract documents it. The handler reads the JSON itself
/// (<see cref="UserEventReader"/>) so that every wrong field is named in one 400.
/// </summary>
/// <param name="TitleId">A catalog title id.</param>
/// <param name="Kind"><c>view</c>, <c>rating</c>, <c>watchlist-add</c> or <c>watchlist-remove</c>.</param>
/// <param name="EventId">The client's id for the event (a repeat with the same id is stored once); made by the service when absent.</param>
/// <param name="Rating">Rating events only: 0.5 to 5 in steps of 0.5.</param>
/// <param name="Completion">View events only: the fraction watched, 0 to 1.</param>
/// <param name="At">When it happened (ISO 8601 with an offset); now when absent.</param>
public sealed record UserEventRequest(
    string TitleId, string Kind, string? EventId = null, double? Rating = null, double? Completion = null, DateTimeOffset? At = null);

/// <summary><c>PUT /api/v1/users/{userId}/preferences</c>: the whole preferences; an absent list is empty.</summary>
/// <param name="Platforms">Taxonomy platform ids.</param>
/// <param name="LikedGenres">Canonical genre ids.</param>
/// <param name="AvoidedGenres">Canonical genre ids, none also liked.</param>
/// <param name="MaxMinAge">The highest minimum age of titles to recommend, 0 to 21; null for no limit.</param>
public sealed record PreferencesRequest(
    IReadOnlyList<string>? Platforms = null, IReadOnlyList<string>? LikedGenres = null, IReadOnlyList<string>? AvoidedGenres = null, int? MaxMinAge = null);
