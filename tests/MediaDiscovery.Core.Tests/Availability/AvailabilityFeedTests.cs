using MediaDiscovery.Core.Availability;
using MediaDiscovery.Core.Availability.Feed;
using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Testing;
using MediaDiscovery.Testing.Availability;

namespace MediaDiscovery.Core.Tests.Availability;

/// <summary>The changes feed: catalog arrivals and recorded changes, newest first, filtered and paged by position.</summary>
public sealed class AvailabilityFeedTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);
    private static readonly HashSet<string> AnyPlatform = [];
    private static readonly HashSet<FeedChangeKind> AnyKind = [];
    private static readonly HashSet<ContentType> AnyType = [];

    private readonly InMemoryCatalogStore catalog = new();
    private readonly InMemoryAvailabilityChangeLog log = new();
    private DateTimeOffset now = Now;

    [Fact]
    public async Task Catalog_arrivals_and_recorded_changes_come_newest_first_and_price_changes_do_not_count()
    {
        var (a, b, c) = await SeedAsync();
        await log.AppendAsync([
            Change("r1", b, "hulu", AvailabilityChangeKind.Removed, Now.AddDays(-1)),
            Change("p1", a, "netflix", AvailabilityChangeKind.PriceChanged, Now.AddHours(-1)),
            Change("x1", "t_gone000000000000", "netflix", AvailabilityChangeKind.Added, Now.AddHours(-2)),
        ]);

        var page = await Feed().QueryAsync(Query());

        Assert.Equal(
            [(b, "hulu", FeedChangeKind.Removed, "webhook"), (c, "netflix", FeedChangeKind.Added, "catalog"), (a, "netflix", FeedChangeKind.Added, "catalog"), (b, "hulu", FeedChangeKind.Added, "catalog")],
            page.Entries.Select(e => (e.TitleId, e.Platform, e.Kind, e.Source)).ToArray());
        Assert.Equal(new DateTimeOffset(2021, 10, 1, 0, 0, 0, TimeSpan.Zero), page.Entries[1].At);
        Assert.Null(page.Next);
    }

    [Fact]
    public async Task Filters_narrow_by_platform_kind_type_and_time()
    {
        var (a, b, c) = await SeedAsync();
        await log.AppendAsync([Change("r1", b, "hulu", AvailabilityChangeKind.Removed, Now.AddDays(-1))]);
        var feed = Feed();

        Assert.Equal([b, b], (await feed.QueryAsync(Query() with { Platforms = new HashSet<string> { "hulu" } })).Entries.Select(e => e.TitleId));
        Assert.Equal([b], (await feed.QueryAsync(Query() with { Kinds = new HashSet<FeedChangeKind> { FeedChangeKind.Removed } })).Entries.Select(e => e.TitleId));
        Assert.Equal([c], (await feed.QueryAsync(Query() with { Types = new HashSet<ContentType> { ContentType.Series } })).Entries.Select(e => e.TitleId));
        Assert.Equal([b, c], (await feed.QueryAsync(Query() with { Since = new DateTimeOffset(2021, 10, 1, 0, 0, 0, TimeSpan.Zero) })).Entries.Select(e => e.TitleId));
        Assert.Empty((await feed.QueryAsync(Query() with { Kinds = new HashSet<FeedChangeKind> { FeedChangeKind.Expiring } })).Entries);
        Assert.Contains(a, (await feed.QueryAsync(Query())).Entries.Select(e => e.TitleId));
    }

    [Fact]
    public async Task Pages_follow_each_other_without_repeats_even_when_a_change_arrives_between_them()
    {
        for (var i = 0; i < 25; i++)
            await PutAsync(Movie($"Film {i:00}", new DateOnly(2021, 1, 1).AddDays(i), "netflix"));
        var feed = Feed();

        var first = await feed.QueryAsync(Query() with { Limit = 10 });
        Assert.NotNull(first.Next);
        // A webhook makes a title available between the pages: it goes to the top, not into the next page.
        var film = TitleIds.For("Film 03", ContentType.Movie, 2000);
        await log.AppendAsync([Change("w1", film, "hulu", AvailabilityChangeKind.Added, Now)]);
        feed.Invalidate();
        var seen = first.Entries.Select(e => e.Position).ToList();
        var next = first.Next;
        while (next is not null)
        {
            var page = await feed.QueryAsync(Query() with { Limit = 10, After = next });
            seen.AddRange(page.Entries.Select(e => e.Position));
            next = page.Next;
        }

        Assert.Equal(25, seen.Count);
        Assert.Equal(25, seen.Distinct().Count());
        Assert.Equal(seen.Order(), seen);
        Assert.Equal((film, "hulu"), (await feed.QueryAsync(Query() with { Limit = 1 })).Entries.Select(e => (e.TitleId, e.Platform)).Single());
    }

    [Fact]
    public async Task A_built_feed_is_served_until_told_of_a_change_or_older_than_its_maximum_age()
    {
        await SeedAsync();
        var feed = Feed();
        Assert.Equal(3, (await feed.QueryAsync(Query())).Entries.Count);

        await log.AppendAsync([Change("r1", TitleIds.For("Alpha", ContentType.Movie, 2000), "netflix", AvailabilityChangeKind.Removed, Now)]);
        Assert.Equal(3, (await feed.QueryAsync(Query())).Entries.Count);
        now = Now.AddMinutes(6);
        Assert.Equal(4, (await feed.QueryAsync(Query())).Entries.Count);

        await log.AppendAsync([Change("r2", TitleIds.For("Alpha", ContentType.Movie, 2000), "netflix", AvailabilityChangeKind.Added, now)]);
        feed.Invalidate();
        Assert.Equal(5, (await feed.QueryAsync(Query())).Entries.Count);
    }

    private AvailabilityFeed Feed() => new(catalog, log, new FixedClock(() => now));

    private static FeedQuery Query() => new(AnyPlatform, AnyKind, AnyType, null, 20);

    private async Task<(string A, string B, string C)> SeedAsync()
    {
        var a = await PutAsync(Movie("Alpha", new DateOnly(2021, 9, 1), "netflix"));
        var b = await PutAsync(Movie("Beta", new DateOnly(2020, 5, 1), "hulu"));
        var c = await PutAsync(SampleTitles.Series("Gamma", 2000, ("netflix", "s9")) is var series
            ? series with { Availability = [series.Availability[0] with { DateAdded = new DateOnly(2021, 10, 1) }] }
            : throw new InvalidOperationException());
        return (a, b, c);
    }

    private static Title Movie(string name, DateOnly added, string platform)
    {
        var title = SampleTitles.Movie(name, 2000, (platform, "s-" + name));
        return title with { Availability = [title.Availability[0] with { DateAdded = added }] };
    }

    private async Task<string> PutAsync(Title title)
    {
        await catalog.PutAsync([new TitleWrite(title, 0)]);
        return title.Id;
    }

    private static AvailabilityChange Change(string id, string titleId, string platform, AvailabilityChangeKind kind, DateTimeOffset at) =>
        new(id, titleId, platform, kind, null, "subscription", at, at, AvailabilitySource.Webhook);
}
