using MediaDiscovery.Core.Users;

namespace MediaDiscovery.Testing.Users;

/// <summary>
/// The order every user store uses: by time, ties by id (ordinal). Sorted descending it is newest first, with
/// the greater id first among equal times; for watchlist events, the greater one wins.
/// </summary>
public static class TimeThenIdOrder
{
    public static IComparer<UserEvent> Events { get; } = Comparer<UserEvent>.Create((a, b) =>
    {
        var byTime = a.At.UtcTicks.CompareTo(b.At.UtcTicks);
        return byTime != 0 ? byTime : string.CompareOrdinal(a.EventId, b.EventId);
    });

    public static IComparer<UserNotification> Notifications { get; } = Comparer<UserNotification>.Create((a, b) =>
    {
        var byTime = a.CreatedAt.UtcTicks.CompareTo(b.CreatedAt.UtcTicks);
        return byTime != 0 ? byTime : string.CompareOrdinal(a.NotificationId, b.NotificationId);
    });
}
