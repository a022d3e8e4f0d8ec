using Amazon.DynamoDBv2.Model;
using MediaDiscovery.Aws.Storage;
using MediaDiscovery.Core.Users;
using static MediaDiscovery.Aws.Users.DynamoDbUserSchema;

namespace MediaDiscovery.Aws.Users;

/// <summary>The items of the users table and back (layout in <see cref="DynamoDbUserSchema"/>).</summary>
internal static class UserItems
{
    public const string EventId = "eventId";
    public const string TitleId = "titleId";
    public const string Kind = "kind";
    public const string Rating = "rating";
    public const string Completion = "completion";
    public const string At = "at";
    public const string OnList = "onList";
    public const string WatchKey = "watchKey";
    public const string NotificationId = "notificationId";
    public const string Platform = "platform";
    public const string Message = "message";
    public const string Platforms = "platforms";
    public const string LikedGenres = "likedGenres";
    public const string AvoidedGenres = "avoidedGenres";
    public const string MaxMinAge = "maxMinAge";

    public static Dictionary<string, AttributeValue> Key(string userId, string sortKey) => new()
    {
        [UserId] = S(userId),
        [SortKey] = S(sortKey),
    };

    public static Dictionary<string, AttributeValue> EventKey(string userId, string eventId) => Key(userId, EventPrefix + eventId);

    public static Dictionary<string, AttributeValue> Event(UserEvent e)
    {
        var item = EventKey(e.UserId, e.EventId);
        item[TimeKey] = S(EventPrefix + SortableTime.Key(e.At, e.EventId));
        item[EventId] = S(e.EventId);
        item[TitleId] = S(e.TitleId);
        item[Kind] = S(e.Kind.ToName());
        item[At] = S(SortableTime.Of(e.At));
        if (e.Rating is { } rating)
            item[Rating] = DynamoDbNumbers.Of(rating);
        if (e.Completion is { } completion)
            item[Completion] = DynamoDbNumbers.Of(completion);
        return item;
    }

    public static UserEvent ToEvent(Dictionary<string, AttributeValue> item) => new(
        item[UserId].S,
        item[EventId].S,
        item[TitleId].S,
        UserEventKindNames.Parse(item[Kind].S),
        DynamoDbNumbers.DoubleOf(item, Rating),
        DynamoDbNumbers.DoubleOf(item, Completion),
        SortableTime.Parse(item[At].S));

    /// <summary>The title's watchlist state after <paramref name="e"/>; only an add puts it in the watchers index.</summary>
    public static Dictionary<string, AttributeValue> Watch(UserEvent e)
    {
        var onList = e.Kind == UserEventKind.WatchlistAdd;
        var item = Key(e.UserId, WatchPrefix + e.TitleId);
        item[TitleId] = S(e.TitleId);
        item[OnList] = new AttributeValue { BOOL = onList };
        item[At] = S(SortableTime.Of(e.At));
        item[EventId] = S(e.EventId);
        item[WatchKey] = S(SortableTime.Key(e.At, e.EventId));
        if (onList)
            item[WatchedTitleId] = S(e.TitleId);
        return item;
    }

    public static WatchlistEntry? ToWatchlistEntry(Dictionary<string, AttributeValue> item) =>
        item.TryGetValue(OnList, out var onList) && onList.BOOL == true
            ? new WatchlistEntry(item[TitleId].S, SortableTime.Parse(item[At].S))
            : null;

    public static Dictionary<string, AttributeValue> Preferences(string userId, UserPreferences p)
    {
        var item = Key(userId, PreferencesKey);
        item[Platforms] = List(p.Platforms);
        item[LikedGenres] = List(p.LikedGenres);
        item[AvoidedGenres] = List(p.AvoidedGenres);
        item[At] = S(SortableTime.Of(p.UpdatedAt));
        if (p.MaxMinAge is { } maxMinAge)
            item[MaxMinAge] = DynamoDbNumbers.Of(maxMinAge);
        return item;
    }

    public static UserPreferences ToPreferences(Dictionary<string, AttributeValue> item) => new(
        Strings(item, Platforms),
        Strings(item, LikedGenres),
        Strings(item, AvoidedGenres),
        DynamoDbNumbers.IntOf(item, MaxMinAge),
        SortableTime.Parse(item[At].S));

    public static Dictionary<string, AttributeValue> Notification(UserNotification n)
    {
        var item = Key(n.UserId, NotificationPrefix + n.NotificationId);
        item[TimeKey] = S(NotificationPrefix + SortableTime.Key(n.CreatedAt, n.NotificationId));
        item[NotificationId] = S(n.NotificationId);
        item[TitleId] = S(n.TitleId);
        item[Platform] = S(n.Platform);
        item[Kind] = S(n.Kind);
        item[Message] = S(n.Message);
        item[At] = S(SortableTime.Of(n.CreatedAt));
        return item;
    }

    public static UserNotification ToNotification(Dictionary<string, AttributeValue> item) => new(
        item[UserId].S,
        item[NotificationId].S,
        item[TitleId].S,
        item[Platform].S,
        item[Kind].S,
        item[Message].S,
        SortableTime.Parse(item[At].S));

    public static AttributeValue S(string value) => new() { S = value };

    // A list of strings, not a string set: sets cannot be empty and do not keep order.
    private static AttributeValue List(IReadOnlyList<string> values) => new() { L = values.Select(S).ToList() };

    private static string[] Strings(Dictionary<string, AttributeValue> item, string name) =>
        item.TryGetValue(name, out var value) && value.L is { } list ? list.Select(v => v.S).ToArray() : [];
}
