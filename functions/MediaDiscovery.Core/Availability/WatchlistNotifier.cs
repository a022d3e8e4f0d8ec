using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Catalog.Ingestion;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Users;

namespace MediaDiscovery.Core.Availability;

/// <summary>
/// Tells every user whose watchlist holds a title that its availability changed ("The Office is now on Netflix").
/// Notification ids derive from the change (title, platform, kind, time), so a redelivered change is stored once.
/// </summary>
public sealed class WatchlistNotifier(ICatalogStore catalog, IUserStore users, CatalogTaxonomy taxonomy, TimeProvider clock) : IContentChangeConsumer
{
    public async Task HandleAsync(IReadOnlyList<ContentChange> changes, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var notifications = new List<UserNotification>();
        var now = clock.GetUtcNow();
        foreach (var change in changes)
        {
            if (change.Platform is null || KindName(change.Kind) is not { } kind)
                continue;
            var watchers = await users.ListWatchersAsync(change.TitleId, ct);
            if (watchers.Count == 0)
                continue;
            var title = await catalog.GetAsync(change.TitleId, ct);
            if (title is null)
                continue;
            var message = Message(title, change);
            var id = NotificationId(change);
            notifications.AddRange(watchers.Select(user => new UserNotification(user, id, change.TitleId, change.Platform, kind, message, now)));
        }
        if (notifications.Count > 0)
            await users.AddNotificationsAsync(notifications, ct);
    }

    /// <summary>The notification's kind on the wire; null for changes that are not about availability.</summary>
    public static string? KindName(ContentChangeKind kind) => kind switch
    {
        ContentChangeKind.AvailabilityAdded => "added",
        ContentChangeKind.AvailabilityRemoved => "removed",
        ContentChangeKind.AvailabilityPriceChanged => "price-changed",
        _ => null,
    };

    public static string NotificationId(ContentChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var key = string.Join('|', change.TitleId, change.Platform, KindName(change.Kind), change.At.UtcTicks.ToString(CultureInfo.InvariantCulture));
        return "n_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 16));
    }

    private string Message(Title title, ContentChange change)
    {
        var platform = taxonomy.PlatformById(change.Platform!)?.DisplayName ?? change.Platform;
        var current = title.Availability.FirstOrDefault(a => a.Platform == change.Platform);
        return change.Kind switch
        {
            ContentChangeKind.AvailabilityAdded => $"{title.Name} is now on {platform}",
            ContentChangeKind.AvailabilityRemoved => $"{title.Name} leaves {platform}",
            _ => $"{title.Name} on {platform} is now {current?.PriceType ?? "offered differently"}",
        };
    }
}
