namespace MediaDiscovery.Core.Users;

/// <summary>
/// A message for a person: a title on their watchlist changed availability. <paramref name="NotificationId"/> is
/// derived from the change, so creating it twice (a redelivered event) stores it once.
/// </summary>
/// <param name="Kind">The availability change: <c>added</c>, <c>removed</c> or <c>price-changed</c>.</param>
public sealed record UserNotification(
    string UserId,
    string NotificationId,
    string TitleId,
    string Platform,
    string Kind,
    string Message,
    DateTimeOffset CreatedAt);
