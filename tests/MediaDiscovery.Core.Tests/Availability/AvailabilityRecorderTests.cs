using MediaDiscovery.Core.Availability;
using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Testing;
using MediaDiscovery.Testing.Availability;

namespace MediaDiscovery.Core.Tests.Availability;

public sealed class AvailabilityRecorderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    // SampleTitles verify every entry at 10:00 and change it on Nov 1.
    private static readonly DateTimeOffset Verified = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    private readonly InMemoryCatalogStore store = new();
    private readonly InMemoryAvailabilityChangeLog log = new();
    private readonly CapturingPublisher publisher = new();
    private readonly Title office = SampleTitles.Series("The Office", 2005, ("netflix", "s1"), ("hulu", "s9"));

    private AvailabilityRecorder Recorder(ICatalogStore? over = null) =>
        new(over ?? store, log, publisher, new FixedClock(Now));

    private async Task SeedAsync(params Title[] titles) =>
        await store.PutAsync(titles.Select(t => new TitleWrite(t, 0)).ToList());

    private static AvailabilityObservation Seen(Title title, string platform, bool available, DateTimeOffset at, string? sourceId = "wh_1", string? price = null) =>
        new(title.Id, platform, available, null, price, null, at, AvailabilitySource.Webhook, sourceId);

    private async Task<PlatformAvailability> EntryAsync(Title title, string platform) =>
        (await store.GetAsync(title.Id))!.Availability.Single(a => a.Platform == platform);

    [Fact]
    public async Task A_newer_removal_is_written_logged_and_published()
    {
        await SeedAsync(office);
        var at = Verified.AddMinutes(30);

        var outcome = await Recorder().RecordAsync([Seen(office, "netflix", false, at)]);

        var change = Assert.Single(outcome.Changes);
        Assert.Equal(AvailabilityChangeKind.Removed, change.Kind);
        Assert.Equal(("subscription", (string?)null), (change.PriceTypeBefore, change.PriceTypeAfter));
        Assert.Equal((at, Now, AvailabilitySource.Webhook), (change.OccurredAt, change.RecordedAt, change.Source));
        var netflix = await EntryAsync(office, "netflix");
        Assert.False(netflix.Available);
        Assert.Equal((at, at), (netflix.ChangedAt, netflix.LastVerifiedAt));
        Assert.True((await EntryAsync(office, "hulu")).Available);
        Assert.Equal(2, (await store.GetAsync(office.Id))!.Version);
        Assert.Equal([change], log.All);
        var published = Assert.Single(publisher.Published);
        Assert.Equal(new ContentChange(office.Id, ContentChangeKind.AvailabilityRemoved, "netflix", at, "webhook"), published);
    }

    [Fact]
    public async Task An_older_observation_of_another_state_changes_nothing_and_counts_as_outdated()
    {
        await SeedAsync(office);

        var outcome = await Recorder().RecordAsync([Seen(office, "netflix", false, Verified.AddMinutes(-1))]);

        Assert.Equal((0, 0, 1), (outcome.Changes.Count, outcome.Confirmed, outcome.Outdated));
        Assert.True((await EntryAsync(office, "netflix")).Available);
        Assert.Equal(1, (await store.GetAsync(office.Id))!.Version);
        Assert.Empty(log.All);
        Assert.Empty(publisher.Published);
    }

    [Fact]
    public async Task An_observation_at_exactly_the_stored_time_does_not_override_it()
    {
        await SeedAsync(office);

        var outcome = await Recorder().RecordAsync([Seen(office, "netflix", false, Verified)]);

        Assert.Equal(1, outcome.Outdated);
        Assert.True((await EntryAsync(office, "netflix")).Available);
    }

    [Fact]
    public async Task A_newer_confirmation_refreshes_the_verification_and_clears_staleness_without_a_change()
    {
        await SeedAsync(office);
        await Recorder().MarkStaleAsync("netflix", [office.Id]);
        Assert.True((await EntryAsync(office, "netflix")).Stale);
        var at = Verified.AddHours(1);

        var outcome = await Recorder().RecordAsync([Seen(office, "netflix", true, at)]);

        Assert.Equal((0, 1, 0), (outcome.Changes.Count, outcome.Confirmed, outcome.Outdated));
        var netflix = await EntryAsync(office, "netflix");
        Assert.Equal((true, false, at), (netflix.Available, netflix.Stale, netflix.LastVerifiedAt));
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), netflix.ChangedAt);
        Assert.Empty(publisher.Published);
    }

    [Fact]
    public async Task An_older_confirmation_counts_but_writes_nothing()
    {
        await SeedAsync(office);

        var outcome = await Recorder().RecordAsync([Seen(office, "netflix", true, Verified.AddDays(-1))]);

        Assert.Equal(1, outcome.Confirmed);
        Assert.Equal(1, store.WriteCount);
    }

    [Fact]
    public async Task Recording_the_same_observation_twice_changes_and_logs_it_once()
    {
        await SeedAsync(office);
        var observation = Seen(office, "netflix", false, Verified.AddMinutes(5));

        var first = await Recorder().RecordAsync([observation]);
        var second = await Recorder().RecordAsync([observation]);

        Assert.Single(first.Changes);
        Assert.Empty(second.Changes);
        Assert.Equal(1, second.Confirmed);
        Assert.Single(log.All);
        Assert.Single(publisher.Published);
    }

    [Fact]
    public void Change_ids_are_stable_per_observation_and_differ_between_observations()
    {
        var a = Seen(office, "netflix", false, Verified, "wh_1");

        Assert.Equal(AvailabilityChangeIds.For(a), AvailabilityChangeIds.For(a with { }));
        Assert.NotEqual(AvailabilityChangeIds.For(a), AvailabilityChangeIds.For(a with { SourceId = "wh_2" }));
        Assert.NotEqual(AvailabilityChangeIds.For(a), AvailabilityChangeIds.For(a with { Platform = "hulu" }));
        Assert.NotEqual(AvailabilityChangeIds.For(a), AvailabilityChangeIds.For(a with { Source = AvailabilitySource.Sweep }));
        Assert.StartsWith("ch_", AvailabilityChangeIds.For(a), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shuffled_observations_of_one_entry_end_in_the_newest_state()
    {
        await SeedAsync(office);
        var newest = Seen(office, "netflix", true, Verified.AddMinutes(30), "wh_c");
        var observations = new[]
        {
            Seen(office, "netflix", false, Verified.AddMinutes(10), "wh_a"),
            newest,
            Seen(office, "netflix", false, Verified.AddMinutes(20), "wh_b"),
        };

        // One at a time in the worst order: newest first, then the older removals.
        foreach (var observation in new[] { observations[1], observations[2], observations[0] })
            await Recorder().RecordAsync([observation]);

        var netflix = await EntryAsync(office, "netflix");
        Assert.True(netflix.Available);
        Assert.Equal(newest.ObservedAt, netflix.LastVerifiedAt);
        Assert.Empty(log.All);
    }

    [Fact]
    public async Task A_batch_applies_its_observations_oldest_first()
    {
        await SeedAsync(office);

        var outcome = await Recorder().RecordAsync(
        [
            Seen(office, "netflix", true, Verified.AddMinutes(20), "wh_b"),
            Seen(office, "netflix", false, Verified.AddMinutes(10), "wh_a"),
        ]);

        Assert.Equal([AvailabilityChangeKind.Removed, AvailabilityChangeKind.Added], outcome.Changes.Select(c => c.Kind));
        Assert.True((await EntryAsync(office, "netflix")).Available);
        Assert.Equal(2, log.All.Count);
    }

    [Fact]
    public async Task A_new_price_type_is_a_price_change()
    {
        await SeedAsync(office);

        var outcome = await Recorder().RecordAsync([Seen(office, "hulu", true, Verified.AddMinutes(1), price: "rent")]);

        var change = Assert.Single(outcome.Changes);
        Assert.Equal((AvailabilityChangeKind.PriceChanged, "subscription", "rent"), (change.Kind, change.PriceTypeBefore, change.PriceTypeAfter));
        Assert.Equal("rent", (await EntryAsync(office, "hulu")).PriceType);
        Assert.Equal(ContentChangeKind.AvailabilityPriceChanged, Assert.Single(publisher.Published).Kind);
    }

    [Fact]
    public async Task An_observation_for_a_platform_without_an_entry_adds_one_when_it_has_a_show_id()
    {
        await SeedAsync(office);
        var at = Verified.AddMinutes(1);
        var observation = new AvailabilityObservation(office.Id, "disney-plus", true, "https://example.com/office", null, null, at, AvailabilitySource.Webhook, "wh_9")
        {
            ShowId = "d77",
        };

        var outcome = await Recorder().RecordAsync([observation]);

        Assert.Equal(AvailabilityChangeKind.Added, Assert.Single(outcome.Changes).Kind);
        var title = (await store.GetAsync(office.Id))!;
        Assert.Equal(["disney-plus", "hulu", "netflix"], title.Availability.Select(a => a.Platform));
        var added = title.Availability[0];
        Assert.Equal(("disney-plus:d77", true, "https://example.com/office", at), (added.ExternalId, added.Available, added.Url, added.ChangedAt));
        Assert.Equal(title.Id, (await store.FindByExternalIdAsync("disney-plus:d77"))?.Id);
    }

    [Fact]
    public async Task Without_a_show_id_a_new_entry_is_not_invented()
    {
        await SeedAsync(office);

        var outcome = await Recorder().RecordAsync([Seen(office, "disney-plus", true, Verified.AddMinutes(1))]);

        Assert.Empty(outcome.Changes);
        Assert.Equal([office.Id], outcome.UnknownTitleIds);
        Assert.Equal(2, (await store.GetAsync(office.Id))!.Availability.Count);
    }

    [Fact]
    public async Task An_absence_on_a_platform_without_an_entry_confirms_what_is_known()
    {
        await SeedAsync(office);

        var outcome = await Recorder().RecordAsync([Seen(office, "disney-plus", false, Verified.AddMinutes(1))]);

        Assert.Equal((0, 1), (outcome.Changes.Count, outcome.Confirmed));
        Assert.Equal(1, (await store.GetAsync(office.Id))!.Version);
    }

    [Fact]
    public async Task Unknown_titles_are_reported_and_the_others_still_apply()
    {
        await SeedAsync(office);
        var ghost = SampleTitles.Movie("Ghost", 1990, ("netflix", "s404"));

        var outcome = await Recorder().RecordAsync([Seen(ghost, "netflix", false, Verified.AddMinutes(1)), Seen(office, "netflix", false, Verified.AddMinutes(1))]);

        Assert.Equal([ghost.Id], outcome.UnknownTitleIds);
        Assert.Single(outcome.Changes);
    }

    [Fact]
    public async Task A_concurrent_writer_causes_a_retry_on_the_fresh_title_not_a_lost_update()
    {
        await SeedAsync(office);
        // Another writer renames the title between the recorder's read and its write.
        var racing = new InterleavingStore(store, async () =>
        {
            var current = (await store.GetAsync(office.Id))!;
            await store.PutAsync([new TitleWrite(current with { Description = "changed meanwhile" }, current.Version)]);
        });

        var outcome = await Recorder(racing).RecordAsync([Seen(office, "netflix", false, Verified.AddMinutes(1))]);

        Assert.Single(outcome.Changes);
        var stored = (await store.GetAsync(office.Id))!;
        Assert.Equal("changed meanwhile", stored.Description);
        Assert.False(stored.Availability.Single(a => a.Platform == "netflix").Available);
        Assert.Equal(3, stored.Version);
        Assert.Single(log.All);
    }

    [Fact]
    public async Task A_title_that_conflicts_on_every_attempt_fails_loudly_after_the_others_are_published()
    {
        var other = SampleTitles.Movie("Heat", 1995, ("netflix", "s5"));
        await SeedAsync(office, other);
        var recorder = new AvailabilityRecorder(new AlwaysConflicting(store, office.Id), log, publisher, new FixedClock(Now),
            new AvailabilityRecorderOptions { MaxWriteAttempts = 3 });

        await Assert.ThrowsAsync<AvailabilityConflictException>(() =>
            recorder.RecordAsync([Seen(office, "netflix", false, Verified.AddMinutes(1)), Seen(other, "netflix", false, Verified.AddMinutes(1))]));

        Assert.Equal(other.Id, Assert.Single(log.All).TitleId);
        Assert.Equal(other.Id, Assert.Single(publisher.Published).TitleId);
        Assert.True((await EntryAsync(office, "netflix")).Available);
    }

    [Fact]
    public async Task Marking_stale_keeps_the_last_known_values()
    {
        var removed = office with { Availability = [.. office.Availability.Select(a => a.Platform == "hulu" ? a with { Available = false } : a)] };
        await SeedAsync(removed);

        await Recorder().MarkStaleAsync("hulu", [removed.Id, "t_0000000000000000"]);
        await Recorder().MarkStaleAsync("hulu", [removed.Id]);

        var hulu = await EntryAsync(removed, "hulu");
        Assert.Equal((false, true), (hulu.Available, hulu.Stale));
        Assert.Equal(removed.Availability.Single(a => a.Platform == "hulu").LastVerifiedAt, hulu.LastVerifiedAt);
        Assert.False((await EntryAsync(removed, "netflix")).Stale);
        Assert.Equal(2, (await store.GetAsync(removed.Id))!.Version);
        Assert.Empty(publisher.Published);
    }

    /// <summary>Reports a conflict for one title on every write, as if another writer always won.</summary>
    private sealed class AlwaysConflicting(ICatalogStore inner, string titleId) : ICatalogStore
    {
        public async Task<IReadOnlyList<WriteOutcome>> PutAsync(IReadOnlyList<TitleWrite> writes, CancellationToken ct = default)
        {
            var passed = await inner.PutAsync(writes.Where(w => w.Title.Id != titleId).ToList(), ct);
            return [.. passed, .. writes.Where(w => w.Title.Id == titleId).Select(w => new WriteOutcome(titleId, WriteStatus.Conflict, w.ExpectedVersion + 1))];
        }

        public Task<Title?> GetAsync(string id, CancellationToken ct = default) => inner.GetAsync(id, ct);
        public Task<Title?> FindByExternalIdAsync(string externalId, CancellationToken ct = default) => inner.FindByExternalIdAsync(externalId, ct);
        public Task<IReadOnlyList<Title>> ListByPlatformAsync(string platform, CancellationToken ct = default) => inner.ListByPlatformAsync(platform, ct);
        public IAsyncEnumerable<Title> ListAllAsync(CancellationToken ct = default) => inner.ListAllAsync(ct);
        public Task<CatalogCounts> GetCountsAsync(CancellationToken ct = default) => inner.GetCountsAsync(ct);
        public Task<string?> GetMetadataAsync(string key, CancellationToken ct = default) => inner.GetMetadataAsync(key, ct);
        public Task SetMetadataAsync(string key, string value, CancellationToken ct = default) => inner.SetMetadataAsync(key, value, ct);
    }
}
