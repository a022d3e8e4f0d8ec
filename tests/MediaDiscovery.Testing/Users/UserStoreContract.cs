using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Users;

namespace MediaDiscovery.Testing.Users;

/// <summary>
/// The behaviour every <see cref="IUserStore"/> must have. Each backend's test project derives from this and
/// supplies a fresh, empty store per test.
/// </summary>
public abstract class UserStoreContract
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    protected abstract Task<IUserStore> CreateEmptyStoreAsync();

    [Fact]
    public async Task An_event_is_appended_once_per_event_id_and_the_first_one_stays()
    {
        var store = await CreateEmptyStoreAsync();
        var first = View("u1", "e1", "t_a", T0, completion: 0.5);
        Assert.Equal(AppendOutcome.Appended, await store.AppendEventAsync(first));
        var retried = first with { TitleId = "t_b", At = T0.AddMinutes(1), Completion = 1 };
        Assert.Equal(AppendOutcome.Duplicate, await store.AppendEventAsync(retried));
        Assert.Equal([first], await store.ListEventsAsync("u1", 10));
    }

    [Fact]
    public async Task An_event_is_found_by_its_id()
    {
        var store = await CreateEmptyStoreAsync();
        var rating = Rating("u1", "e1", "t_a", T0, 3.5);
        await store.AppendEventAsync(rating);
        await store.AppendEventAsync(View("u1", "e2", "t_b", T0.AddMinutes(1)));
        await store.AppendEventAsync(rating with { Rating = 1 }); // a duplicate does not replace it

        Assert.Equal(rating, await store.GetEventAsync("u1", "e1"));
        Assert.Null(await store.GetEventAsync("u1", "e3"));
        Assert.Null(await store.GetEventAsync("u2", "e1"));
    }

    [Fact]
    public async Task The_same_event_id_of_another_user_is_another_event()
    {
        var store = await CreateEmptyStoreAsync();
        Assert.Equal(AppendOutcome.Appended, await store.AppendEventAsync(View("u1", "e1", "t_a", T0)));
        Assert.Equal(AppendOutcome.Appended, await store.AppendEventAsync(View("u2", "e1", "t_a", T0)));
        Assert.Single(await store.ListEventsAsync("u1", 10));
        Assert.Single(await store.ListEventsAsync("u2", 10));
    }

    [Fact]
    public async Task Events_read_back_field_for_field()
    {
        var store = await CreateEmptyStoreAsync();
        // Sub-millisecond ticks and a non-UTC offset: the instant must survive exactly.
        var at = new DateTimeOffset(2026, 11, 1, 14, 30, 15, TimeSpan.FromHours(2)).AddTicks(1_234_567);
        UserEvent[] events =
        [
            new("u1", "e-view", "t_a", UserEventKind.View, null, 0.75, at),
            new("u1", "e-rating", "t_b", UserEventKind.Rating, 4.5, null, at.AddSeconds(1)),
            new("u1", "e-add", "t_c", UserEventKind.WatchlistAdd, null, null, at.AddSeconds(2)),
            new("u1", "e-remove", "t_d", UserEventKind.WatchlistRemove, null, null, at.AddSeconds(3)),
        ];
        foreach (var e in events)
            await store.AppendEventAsync(e);

        var read = await store.ListEventsAsync("u1", 10);
        Assert.Equal(events.Reverse(), read);
        Assert.Equal(at.UtcTicks, read[^1].At.UtcTicks);
    }

    [Fact]
    public async Task Events_are_listed_newest_first_by_time_then_by_event_id_and_the_limit_holds()
    {
        var store = await CreateEmptyStoreAsync();
        // Appended out of time order; e2 and e3 happened at the same time.
        await store.AppendEventAsync(View("u1", "e2", "t_a", T0.AddMinutes(5)));
        await store.AppendEventAsync(View("u1", "e4", "t_a", T0.AddMinutes(9)));
        await store.AppendEventAsync(View("u1", "e1", "t_a", T0));
        await store.AppendEventAsync(View("u1", "e3", "t_a", T0.AddMinutes(5)));
        await store.AppendEventAsync(View("u2", "e9", "t_a", T0.AddMinutes(7)));

        Assert.Equal(["e4", "e3", "e2", "e1"], (await store.ListEventsAsync("u1", 10)).Select(e => e.EventId));
        Assert.Equal(["e4", "e3"], (await store.ListEventsAsync("u1", 2)).Select(e => e.EventId));
        Assert.Empty(await store.ListEventsAsync("u1", 0));
        Assert.Empty(await store.ListEventsAsync("nobody", 10));
    }

    [Fact]
    public async Task Lists_every_users_events()
    {
        var store = await CreateEmptyStoreAsync();
        await store.AppendEventAsync(View("u1", "e1", "t_a", T0));
        await store.AppendEventAsync(Rating("u1", "e2", "t_b", T0, 3));
        await store.AppendEventAsync(Watch("u2", "e1", "t_a", T0, add: true));
        await store.SetPreferencesAsync("u3", UserPreferences.None(T0));
        await store.AddNotificationsAsync([Note("u3", "n1", "t_a", T0)]);

        var all = new List<UserEvent>();
        await foreach (var e in store.ListAllEventsAsync())
            all.Add(e);
        Assert.Equal(["u1/e1", "u1/e2", "u2/e1"], all.Select(e => $"{e.UserId}/{e.EventId}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_watchlist_holds_added_titles_most_recently_added_first()
    {
        var store = await CreateEmptyStoreAsync();
        await store.AppendEventAsync(Watch("u1", "e1", "t_a", T0, add: true));
        await store.AppendEventAsync(Watch("u1", "e2", "t_b", T0.AddMinutes(1), add: true));
        await store.AppendEventAsync(Watch("u1", "e3", "t_c", T0.AddMinutes(2), add: true));
        await store.AppendEventAsync(Watch("u1", "e4", "t_b", T0.AddMinutes(3), add: false));
        // Views and ratings do not touch the watchlist.
        await store.AppendEventAsync(View("u1", "e5", "t_d", T0.AddMinutes(4)));
        await store.AppendEventAsync(Rating("u1", "e6", "t_e", T0.AddMinutes(5), 2));

        Assert.Equal(
            [new WatchlistEntry("t_c", T0.AddMinutes(2)), new WatchlistEntry("t_a", T0)],
            await store.GetWatchlistAsync("u1"));
        Assert.Empty(await store.GetWatchlistAsync("nobody"));
    }

    [Fact]
    public async Task An_older_remove_arriving_late_does_not_remove_a_newer_add()
    {
        var store = await CreateEmptyStoreAsync();
        await store.AppendEventAsync(Watch("u1", "e2", "t_a", T0.AddMinutes(2), add: true));
        Assert.Equal(AppendOutcome.Appended, await store.AppendEventAsync(Watch("u1", "e1", "t_a", T0.AddMinutes(1), add: false)));

        Assert.Equal([new WatchlistEntry("t_a", T0.AddMinutes(2))], await store.GetWatchlistAsync("u1"));
        Assert.Equal(["u1"], await store.ListWatchersAsync("t_a"));
        // The late event is still history.
        Assert.Equal(2, (await store.ListEventsAsync("u1", 10)).Count);
    }

    [Fact]
    public async Task An_older_add_arriving_late_does_not_revive_a_removed_title()
    {
        var store = await CreateEmptyStoreAsync();
        await store.AppendEventAsync(Watch("u1", "e1", "t_a", T0, add: true));
        await store.AppendEventAsync(Watch("u1", "e3", "t_a", T0.AddMinutes(3), add: false));
        await store.AppendEventAsync(Watch("u1", "e2", "t_a", T0.AddMinutes(2), add: true));

        Assert.Empty(await store.GetWatchlistAsync("u1"));
        Assert.Empty(await store.ListWatchersAsync("t_a"));
    }

    [Fact]
    public async Task Adding_again_moves_the_added_time_forward()
    {
        var store = await CreateEmptyStoreAsync();
        await store.AppendEventAsync(Watch("u1", "e1", "t_a", T0, add: true));
        await store.AppendEventAsync(Watch("u1", "e2", "t_b", T0.AddMinutes(1), add: true));
        await store.AppendEventAsync(Watch("u1", "e3", "t_a", T0.AddMinutes(2), add: true));

        Assert.Equal(
            [new WatchlistEntry("t_a", T0.AddMinutes(2)), new WatchlistEntry("t_b", T0.AddMinutes(1))],
            await store.GetWatchlistAsync("u1"));
    }

    [Fact]
    public async Task Watchlist_events_at_the_same_time_are_decided_by_the_greater_event_id()
    {
        var store = await CreateEmptyStoreAsync();
        await store.AppendEventAsync(Watch("u1", "e2", "t_a", T0, add: false));
        await store.AppendEventAsync(Watch("u1", "e1", "t_a", T0, add: true));
        Assert.Empty(await store.GetWatchlistAsync("u1"));

        await store.AppendEventAsync(Watch("u2", "e1", "t_a", T0, add: false));
        await store.AppendEventAsync(Watch("u2", "e2", "t_a", T0, add: true));
        Assert.Equal(["u2"], await store.ListWatchersAsync("t_a"));
    }

    [Fact]
    public async Task A_duplicate_watchlist_event_changes_nothing()
    {
        var store = await CreateEmptyStoreAsync();
        await store.AppendEventAsync(Watch("u1", "e1", "t_a", T0, add: true));
        // Same event id, now claiming a later removal: a duplicate, so ignored entirely.
        Assert.Equal(AppendOutcome.Duplicate, await store.AppendEventAsync(Watch("u1", "e1", "t_a", T0.AddMinutes(1), add: false)));
        Assert.Equal([new WatchlistEntry("t_a", T0)], await store.GetWatchlistAsync("u1"));
    }

    [Fact]
    public async Task Watchers_are_exactly_the_users_whose_watchlist_holds_the_title()
    {
        var store = await CreateEmptyStoreAsync();
        await store.AppendEventAsync(Watch("u1", "e1", "t_a", T0, add: true));
        await store.AppendEventAsync(Watch("u2", "e1", "t_a", T0, add: true));
        await store.AppendEventAsync(Watch("u3", "e1", "t_a", T0, add: true));
        await store.AppendEventAsync(Watch("u3", "e2", "t_a", T0.AddMinutes(1), add: false));
        await store.AppendEventAsync(Watch("u4", "e1", "t_b", T0, add: true));
        await store.AppendEventAsync(View("u5", "e1", "t_a", T0));

        Assert.Equal(["u1", "u2"], (await store.ListWatchersAsync("t_a")).Order(StringComparer.Ordinal));
        Assert.Equal(["u4"], await store.ListWatchersAsync("t_b"));
        Assert.Empty(await store.ListWatchersAsync("t_z"));
    }

    [Fact]
    public async Task Preferences_round_trip_and_the_last_set_wins()
    {
        var store = await CreateEmptyStoreAsync();
        Assert.Null(await store.GetPreferencesAsync("u1"));

        var first = new UserPreferences(["netflix", "hulu"], ["comedy"], ["horror", "war"], 13, T0);
        await store.SetPreferencesAsync("u1", first);
        AssertSamePreferences(first, await store.GetPreferencesAsync("u1"));

        var second = new UserPreferences([], [], [], null, T0.AddDays(1).AddTicks(7));
        await store.SetPreferencesAsync("u1", second);
        AssertSamePreferences(second, await store.GetPreferencesAsync("u1"));
        Assert.Null(await store.GetPreferencesAsync("u2"));
    }

    [Fact]
    public async Task Notifications_are_stored_once_per_id_and_listed_newest_first()
    {
        var store = await CreateEmptyStoreAsync();
        var n1 = Note("u1", "n1", "t_a", T0);
        var n2 = Note("u1", "n2", "t_b", T0.AddMinutes(2));
        var n3 = Note("u1", "n3", "t_c", T0.AddMinutes(2));
        var other = Note("u2", "n1", "t_a", T0.AddMinutes(9));
        await store.AddNotificationsAsync([n2, n1, other]);
        // A redelivered change makes the same notifications again (with a later creation time).
        await store.AddNotificationsAsync([n3, n2 with { Message = "again", CreatedAt = T0.AddHours(1) }]);

        Assert.Equal([n3, n2, n1], await store.ListNotificationsAsync("u1", 10));
        Assert.Equal([n3], await store.ListNotificationsAsync("u1", 1));
        Assert.Empty(await store.ListNotificationsAsync("u1", 0));
        Assert.Equal([other], await store.ListNotificationsAsync("u2", 10));
        Assert.Empty(await store.ListNotificationsAsync("nobody", 10));
        await store.AddNotificationsAsync([]);
    }

    [Fact]
    public async Task Erasing_a_user_deletes_all_of_theirs_and_nothing_of_anyone_else()
    {
        var store = await CreateEmptyStoreAsync();
        foreach (var user in new[] { "u1", "u2" })
        {
            await store.AppendEventAsync(View(user, "e1", "t_a", T0));
            await store.AppendEventAsync(Watch(user, "e2", "t_a", T0, add: true));
            await store.SetPreferencesAsync(user, new UserPreferences(["netflix"], [], [], null, T0));
            await store.AddNotificationsAsync([Note(user, "n1", "t_a", T0)]);
        }

        Assert.True(await store.EraseAsync("u1"));

        Assert.Empty(await store.ListEventsAsync("u1", 10));
        Assert.Empty(await store.GetWatchlistAsync("u1"));
        Assert.Null(await store.GetPreferencesAsync("u1"));
        Assert.Empty(await store.ListNotificationsAsync("u1", 10));
        Assert.Equal(["u2"], await store.ListWatchersAsync("t_a"));
        var all = new List<UserEvent>();
        await foreach (var e in store.ListAllEventsAsync())
            all.Add(e);
        Assert.All(all, e => Assert.Equal("u2", e.UserId));

        Assert.Equal(2, (await store.ListEventsAsync("u2", 10)).Count);
        Assert.Single(await store.GetWatchlistAsync("u2"));
        Assert.NotNull(await store.GetPreferencesAsync("u2"));
        Assert.Single(await store.ListNotificationsAsync("u2", 10));
    }

    [Fact]
    public async Task Erasing_an_unknown_or_already_erased_user_returns_false()
    {
        var store = await CreateEmptyStoreAsync();
        Assert.False(await store.EraseAsync("nobody"));
        await store.AppendEventAsync(View("u1", "e1", "t_a", T0));
        Assert.True(await store.EraseAsync("u1"));
        Assert.False(await store.EraseAsync("u1"));
    }

    [Fact]
    public async Task A_user_with_only_preferences_is_erasable()
    {
        var store = await CreateEmptyStoreAsync();
        await store.SetPreferencesAsync("u1", UserPreferences.None(T0));
        Assert.True(await store.EraseAsync("u1"));
        Assert.Null(await store.GetPreferencesAsync("u1"));
    }

    [Fact]
    public async Task After_erasure_the_same_event_id_starts_a_new_life()
    {
        var store = await CreateEmptyStoreAsync();
        var add = Watch("u1", "e1", "t_a", T0.AddMinutes(5), add: true);
        await store.AppendEventAsync(add);
        await store.EraseAsync("u1");

        // Even an older event is accepted: nothing of the erased life remains to compare with.
        var again = Watch("u1", "e1", "t_b", T0, add: true);
        Assert.Equal(AppendOutcome.Appended, await store.AppendEventAsync(again));
        Assert.Equal([again], await store.ListEventsAsync("u1", 10));
        Assert.Equal([new WatchlistEntry("t_b", T0)], await store.GetWatchlistAsync("u1"));
        Assert.Empty(await store.ListWatchersAsync("t_a"));
    }

    [Fact]
    public async Task Concurrent_appends_of_one_event_id_store_it_once()
    {
        var store = await CreateEmptyStoreAsync();
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => store.AppendEventAsync(Watch("u1", "e1", "t_a", T0.AddSeconds(i), add: true)))));

        Assert.Equal(1, outcomes.Count(o => o == AppendOutcome.Appended));
        var stored = Assert.Single(await store.ListEventsAsync("u1", 10));
        // The watchlist follows the event that was stored, not one of the rejected duplicates.
        Assert.Equal([new WatchlistEntry("t_a", stored.At)], await store.GetWatchlistAsync("u1"));
    }

    protected static UserEvent View(string userId, string eventId, string titleId, DateTimeOffset at, double? completion = null) =>
        new(userId, eventId, titleId, UserEventKind.View, null, completion, at);

    protected static UserEvent Rating(string userId, string eventId, string titleId, DateTimeOffset at, double rating) =>
        new(userId, eventId, titleId, UserEventKind.Rating, rating, null, at);

    protected static UserEvent Watch(string userId, string eventId, string titleId, DateTimeOffset at, bool add) =>
        new(userId, eventId, titleId, add ? UserEventKind.WatchlistAdd : UserEventKind.WatchlistRemove, null, null, at);

    protected static UserNotification Note(string userId, string notificationId, string titleId, DateTimeOffset at) =>
        new(userId, notificationId, titleId, "netflix", "added", $"{titleId} is now on Netflix", at);

    private static void AssertSamePreferences(UserPreferences expected, UserPreferences? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.Platforms, actual.Platforms);
        Assert.Equal(expected.LikedGenres, actual.LikedGenres);
        Assert.Equal(expected.AvoidedGenres, actual.AvoidedGenres);
        Assert.Equal(expected.MaxMinAge, actual.MaxMinAge);
        Assert.Equal(expected.UpdatedAt.UtcTicks, actual.UpdatedAt.UtcTicks);
    }
}
