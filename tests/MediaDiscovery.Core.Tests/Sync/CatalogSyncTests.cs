using System.Text;
using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Catalog.Ingestion;
using MediaDiscovery.Core.Catalog.Sync;
using MediaDiscovery.Testing;

namespace MediaDiscovery.Core.Tests.Sync;

public sealed class CatalogSyncTests
{
    private readonly InMemoryCatalogStore store = new();
    private readonly CapturingPublisher publisher = new();
    private readonly FeedCsv netflixRows = new FeedCsv("Netflix")
        .Series("s1", "Cheers", 1982, description: "Everybody knows your name.")
        .Movie("s2", "Us", 2019, genres: "Horror Movies, Thrillers", director: "Jordan Peele", cast: "Lupita Nyong'o")
        .Movie("s3", "The Irishman", 2019, genres: "Dramas", director: "Martin Scorsese", cast: "Robert De Niro, Al Pacino");
    private readonly FeedCsv huluRows = new FeedCsv("Hulu")
        .Series("s10", "Cheers", 1983, genres: "Comedy", description: "A Boston bar where everybody knows your name.")
        .Movie("s11", "Nomadland", 2020, genres: "Drama", director: "Chloé Zhao", cast: "Frances McDormand");
    private readonly InMemoryFeedSource netflix;
    private readonly InMemoryFeedSource hulu;
    private readonly CatalogSync sync;
    private readonly DateTimeOffset now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    public CatalogSyncTests()
    {
        netflix = new InMemoryFeedSource("netflix", netflixRows.ToString());
        hulu = new InMemoryFeedSource("hulu", huluRows.ToString());
        sync = new CatalogSync(store, new CatalogIngestion(CatalogTaxonomy.Default, IngestionLimits.Default), publisher,
            new FixedClock(() => now), new CatalogSyncOptions { RemovalGuardMinimum = 1000 });
    }

    private CatalogSources Sources => new([netflix, hulu]);

    private async Task<SyncReport> SyncAsync(bool force = true) =>
        (await sync.TryRunAsync(Sources, "test", force))!;

    private void Publish(InMemoryFeedSource feed, FeedCsv rows)
    {
        var csv = rows.ToString();
        feed.Open = () => new MemoryStream(Encoding.UTF8.GetBytes(csv));
    }

    private async Task<Dictionary<string, Title>> StoredAsync()
    {
        var all = new Dictionary<string, Title>();
        await foreach (var t in store.ListAllAsync())
            all[t.Id] = t;
        return all;
    }

    [Fact]
    public async Task First_sync_adds_every_title_and_merges_the_same_title_across_platforms()
    {
        var report = await SyncAsync();

        Assert.Equal(SyncOutcome.Applied, report.Outcome);
        Assert.Equal(4, report.TitlesAdded);
        var cheers = await store.FindByExternalIdAsync("hulu:s10");
        Assert.NotNull(cheers);
        Assert.Equal(["hulu", "netflix"], cheers.Availability.Select(a => a.Platform));
        Assert.Equal(cheers.Id, (await store.FindByExternalIdAsync("netflix:s1"))?.Id);
        Assert.Equal(4, publisher.Published.Count(c => c.Kind == ContentChangeKind.TitleAdded));
        Assert.Equal(5, publisher.Published.Count(c => c.Kind == ContentChangeKind.AvailabilityAdded));
        Assert.Equal("1", await store.GetMetadataAsync(CatalogSync.CatalogVersionKey));
    }

    [Fact]
    public async Task Syncing_the_same_feeds_again_changes_nothing()
    {
        await SyncAsync();
        var before = await StoredAsync();
        var writes = store.WriteCount;
        publisher.Clear();

        var report = await SyncAsync(force: true);

        Assert.Equal(0, report.TitlesAdded + report.TitlesUpdated + report.AvailabilityAdded + report.AvailabilityRemoved);
        Assert.Equal(4, report.TitlesUnchanged);
        Assert.Equal(writes, store.WriteCount);
        Assert.Empty(publisher.Published);
        Assert.Equal(before.Keys.Order(), (await StoredAsync()).Keys.Order());
        Assert.Equal("1", await store.GetMetadataAsync(CatalogSync.CatalogVersionKey));
    }

    [Fact]
    public async Task Unchanged_feeds_are_not_even_read_when_the_fingerprint_matches()
    {
        await SyncAsync(force: false);
        var report = await SyncAsync(force: false);
        Assert.Equal(SyncOutcome.Unchanged, report.Outcome);
        Assert.Empty(report.Feeds);
    }

    [Fact]
    public async Task A_row_removed_from_a_feed_ends_exactly_that_availability()
    {
        await SyncAsync();
        var irishman = (await store.FindByExternalIdAsync("netflix:s3"))!;
        publisher.Clear();
        Publish(netflix, netflixRows.Remove("s3"));

        var report = await SyncAsync();

        Assert.Equal((0, 0, 0, 1), (report.TitlesAdded, report.TitlesUpdated, report.AvailabilityAdded, report.AvailabilityRemoved));
        var after = (await store.GetAsync(irishman.Id))!;
        var entry = Assert.Single(after.Availability);
        Assert.False(entry.Available);
        Assert.Equal(now, entry.ChangedAt);
        var change = Assert.Single(publisher.Published);
        Assert.Equal((irishman.Id, ContentChangeKind.AvailabilityRemoved, "netflix"), (change.TitleId, change.Kind, change.Platform));
    }

    [Fact]
    public async Task A_title_that_leaves_one_of_two_platforms_stays_available_on_the_other()
    {
        await SyncAsync();
        Publish(hulu, huluRows.Remove("s10"));
        await SyncAsync();
        var cheers = (await store.FindByExternalIdAsync("netflix:s1"))!;
        Assert.Equal([("hulu", false), ("netflix", true)], cheers.Availability.Select(a => (a.Platform, a.Available)));
    }

    [Fact]
    public async Task A_row_added_to_a_feed_adds_exactly_that_title()
    {
        await SyncAsync();
        publisher.Clear();
        Publish(netflix, netflixRows.Movie("s4", "Roma", 2018, director: "Alfonso Cuarón", cast: "Yalitza Aparicio"));

        var report = await SyncAsync();

        Assert.Equal((1, 0, 1, 0), (report.TitlesAdded, report.TitlesUpdated, report.AvailabilityAdded, report.AvailabilityRemoved));
        Assert.Equal("Roma", (await store.FindByExternalIdAsync("netflix:s4"))?.Name);
        Assert.Equal([ContentChangeKind.TitleAdded, ContentChangeKind.AvailabilityAdded], publisher.Published.Select(c => c.Kind));
    }

    [Fact]
    public async Task An_altered_row_updates_exactly_that_title_and_keeps_its_id()
    {
        await SyncAsync();
        var us = (await store.FindByExternalIdAsync("netflix:s2"))!;
        publisher.Clear();
        Publish(netflix, netflixRows.Change("s2", 11, "A family's beach holiday turns into a nightmare."));

        var report = await SyncAsync();

        Assert.Equal((0, 1, 0, 0), (report.TitlesAdded, report.TitlesUpdated, report.AvailabilityAdded, report.AvailabilityRemoved));
        var after = (await store.GetAsync(us.Id))!;
        Assert.Equal("A family's beach holiday turns into a nightmare.", after.Description);
        Assert.Equal(us.Version + 1, after.Version);
        Assert.Equal(ContentChangeKind.TitleUpdated, Assert.Single(publisher.Published).Kind);
    }

    [Fact]
    public async Task A_title_that_returns_to_a_feed_becomes_available_again_under_its_old_id()
    {
        await SyncAsync();
        var irishman = (await store.FindByExternalIdAsync("netflix:s3"))!;
        Publish(netflix, new FeedCsv("Netflix").Series("s1", "Cheers", 1982, description: "Everybody knows your name.")
            .Movie("s2", "Us", 2019, genres: "Horror Movies, Thrillers", director: "Jordan Peele", cast: "Lupita Nyong'o"));
        await SyncAsync();
        Publish(netflix, netflixRows);
        var report = await SyncAsync();
        Assert.Equal(1, report.AvailabilityAdded);
        Assert.True((await store.GetAsync(irishman.Id))!.Availability.Single().Available);
    }

    [Fact]
    public async Task A_feed_that_cannot_be_fetched_leaves_its_platform_untouched()
    {
        await SyncAsync();
        var before = await StoredAsync();
        Publish(hulu, huluRows.Remove("s11"));
        netflix.FailWith = new IOException("connection reset");

        var report = await SyncAsync();

        var failed = report.Feeds.Single(f => f.Platform == "netflix");
        Assert.Equal(FeedStatus.Failed, failed.Status);
        Assert.Contains("connection reset", failed.Error, StringComparison.Ordinal);
        var after = await StoredAsync();
        Assert.All(after.Values.SelectMany(t => t.Availability).Where(a => a.Platform == "netflix"), a => Assert.True(a.Available));
        Assert.Equal(before.Count, after.Count);
        Assert.Equal(1, report.AvailabilityRemoved);
    }

    public static TheoryData<string, Func<Stream>> BrokenFeeds() => new()
    {
        { "truncated inside a quoted field", () => Utf8(FeedCsv.Header + "\ns1,Movie,Broken,\"Jane, Doe") },
        { "wrong header", () => Utf8("id,kind,name\ns1,Movie,Up\n") },
        { "invalid UTF-8", () => new MemoryStream([.. Encoding.UTF8.GetBytes(FeedCsv.Header + "\ns1,Movie,"), 0xC3, 0x28, 0xFF, (byte)'\n']) },
        { "a 100 MB field", () => new GeneratedFieldStream(FeedCsv.Header + "\ns1,Movie,\"", 100L * 1024 * 1024) },
        { "empty", () => new MemoryStream() },
    };

    [Theory]
    [MemberData(nameof(BrokenFeeds))]
    public async Task A_broken_feed_fails_clearly_and_leaves_the_store_unchanged(string why, Func<Stream> broken)
    {
        await SyncAsync();
        var before = await StoredAsync();
        var writes = store.WriteCount;
        netflix.Open = broken;
        hulu.Open = () => Utf8(huluRows.ToString()); // unchanged

        var report = await SyncAsync();

        var feed = report.Feeds.Single(f => f.Platform == "netflix");
        Assert.True(feed.Status == FeedStatus.Failed, $"{why}: {feed.Status}");
        Assert.False(string.IsNullOrWhiteSpace(feed.Error), why);
        Assert.Equal(writes, store.WriteCount);
        Assert.Equal(before, await StoredAsync());
    }

    [Fact]
    public async Task A_row_with_fifty_columns_is_rejected_alone()
    {
        var csv = netflixRows.ToString() + "s9,Movie," + string.Join(',', Enumerable.Repeat("x", 48)) + "\n";
        netflix.Open = () => Utf8(csv);

        var report = await SyncAsync();

        var feed = report.Feeds.Single(f => f.Platform == "netflix");
        Assert.Equal(FeedStatus.Applied, feed.Status);
        Assert.Equal(1, feed.Rejected);
        Assert.Null(await store.FindByExternalIdAsync("netflix:s9"));
        Assert.NotNull(await store.FindByExternalIdAsync("netflix:s3"));
    }

    [Fact]
    public async Task A_feed_that_would_wipe_most_of_its_platform_is_refused()
    {
        var guarded = new CatalogSync(store, new CatalogIngestion(CatalogTaxonomy.Default, IngestionLimits.Default), publisher,
            new FixedClock(() => now), new CatalogSyncOptions { RemovalGuardMinimum = 2, MaxRemovalFraction = 0.5 });
        await guarded.TryRunAsync(Sources, "test", force: true);
        Publish(netflix, new FeedCsv("Netflix").Series("s1", "Cheers", 1982, description: "Everybody knows your name."));

        var report = (await guarded.TryRunAsync(Sources, "test", force: true))!;

        var feed = report.Feeds.Single(f => f.Platform == "netflix");
        Assert.Equal(FeedStatus.Refused, feed.Status);
        Assert.True((await store.FindByExternalIdAsync("netflix:s3"))!.Availability.Single().Available);
    }

    [Fact]
    public async Task A_stale_writer_loses_to_a_newer_write_and_the_conflict_is_reported()
    {
        await SyncAsync();
        var us = (await store.FindByExternalIdAsync("netflix:s2"))!;
        var interloper = new InterleavingStore(store, async () =>
            await store.PutAsync([new Core.Ports.TitleWrite(us with { Description = "written meanwhile" }, us.Version)]));
        var racing = new CatalogSync(interloper, new CatalogIngestion(CatalogTaxonomy.Default, IngestionLimits.Default), publisher,
            new FixedClock(() => now), new CatalogSyncOptions());
        Publish(netflix, netflixRows.Change("s2", 11, "from the feed"));

        var report = (await racing.TryRunAsync(Sources, "test", force: true))!;

        Assert.Equal(1, report.Conflicts);
        Assert.Equal("written meanwhile", (await store.GetAsync(us.Id))!.Description);
    }

    [Fact]
    public async Task Only_one_sync_runs_at_a_time()
    {
        var gate = new TaskCompletionSource();
        netflix.Open = () => new BlockingStream(gate.Task, netflixRows.ToString());
        var first = Task.Run(() => sync.TryRunAsync(Sources, "first", force: true));
        // Until the first has started (a fixed delay was not always enough on a loaded machine); it cannot finish.
        Assert.True(SpinWait.SpinUntil(() => sync.IsRunning, TimeSpan.FromSeconds(10)));
        Assert.Null(await sync.TryRunAsync(Sources, "second", force: true));
        gate.SetResult();
        Assert.NotNull(await first);
    }

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));
}
