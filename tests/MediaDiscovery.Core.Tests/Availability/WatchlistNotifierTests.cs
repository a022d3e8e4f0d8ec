using MediaDiscovery.Core.Availability;
using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Catalog.Ingestion;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Users;
using MediaDiscovery.Testing;
using MediaDiscovery.Testing.Users;

namespace MediaDiscovery.Core.Tests.Availability;

public sealed class WatchlistNotifierTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    private readonly InMemoryCatalogStore catalog = new();
    private readonly InMemoryUserStore users = new();
    private readonly Title office = SampleTitles.Series("The Office", 2005, ("netflix", "s1"), ("hulu", "s9"));
    private readonly WatchlistNotifier notifier;

    public WatchlistNotifierTests() => notifier = new WatchlistNotifier(catalog, users, CatalogTaxonomy.Default, new FixedClock(Now));

    private async Task WatchAsync(string userId, string titleId, UserEventKind kind = UserEventKind.WatchlistAdd, int minutesAgo = 60) =>
        await users.AppendEventAsync(new UserEvent(userId, "e_" + kind + minutesAgo, titleId, kind, null, null, Now.AddMinutes(-minutesAgo)));

    private ContentChange Change(ContentChangeKind kind, string platform = "netflix") => new(office.Id, kind, platform, Now.AddMinutes(-5), "webhook");

    [Fact]
    public async Task Every_watcher_of_the_title_is_told_in_words()
    {
        await catalog.PutAsync([new TitleWrite(office, 0)]);
        await WatchAsync("u1", office.Id);
        await WatchAsync("u2", office.Id);
        await WatchAsync("u3", "t_0000000000000000");

        await notifier.HandleAsync([Change(ContentChangeKind.AvailabilityAdded), Change(ContentChangeKind.AvailabilityRemoved, "hulu")]);

        foreach (var user in new[] { "u1", "u2" })
        {
            var messages = (await users.ListNotificationsAsync(user, 10)).Select(n => (n.Kind, n.Message)).ToHashSet();
            Assert.Equal([("added", "The Office is now on Netflix"), ("removed", "The Office leaves Hulu")], messages);
        }
        Assert.Empty(await users.ListNotificationsAsync("u3", 10));
    }

    [Fact]
    public async Task A_redelivered_change_notifies_once_and_a_removed_watchlist_entry_not_at_all()
    {
        await catalog.PutAsync([new TitleWrite(office, 0)]);
        await WatchAsync("u1", office.Id);
        await WatchAsync("u2", office.Id, minutesAgo: 60);
        await WatchAsync("u2", office.Id, UserEventKind.WatchlistRemove, minutesAgo: 30);

        await notifier.HandleAsync([Change(ContentChangeKind.AvailabilityRemoved)]);
        await notifier.HandleAsync([Change(ContentChangeKind.AvailabilityRemoved)]);

        var notification = Assert.Single(await users.ListNotificationsAsync("u1", 10));
        Assert.Equal(WatchlistNotifier.NotificationId(Change(ContentChangeKind.AvailabilityRemoved)), notification.NotificationId);
        Assert.Empty(await users.ListNotificationsAsync("u2", 10));
    }

    [Fact]
    public async Task Changes_that_are_not_about_availability_notify_nobody()
    {
        await catalog.PutAsync([new TitleWrite(office, 0)]);
        await WatchAsync("u1", office.Id);

        await notifier.HandleAsync([new ContentChange(office.Id, ContentChangeKind.TitleUpdated, null, Now, "catalog-sync")]);

        Assert.Empty(await users.ListNotificationsAsync("u1", 10));
    }

    [Fact]
    public async Task A_price_change_names_the_new_price()
    {
        await catalog.PutAsync([new TitleWrite(office with { Availability = [.. office.Availability.Select(a => a with { PriceType = "rent" })] }, 0)]);
        await WatchAsync("u1", office.Id);

        await notifier.HandleAsync([Change(ContentChangeKind.AvailabilityPriceChanged)]);

        Assert.Equal("The Office on Netflix is now rent", Assert.Single(await users.ListNotificationsAsync("u1", 10)).Message);
    }
}
