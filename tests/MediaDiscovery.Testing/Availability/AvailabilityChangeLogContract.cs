using MediaDiscovery.Core.Availability;
using MediaDiscovery.Core.Ports;

namespace MediaDiscovery.Testing.Availability;

/// <summary>
/// The behaviour every <see cref="IAvailabilityChangeLog"/> must have. Each backend's test project derives from
/// this and supplies a fresh, empty log per test.
/// </summary>
public abstract class AvailabilityChangeLogContract
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    protected abstract Task<IAvailabilityChangeLog> CreateEmptyLogAsync();

    [Fact]
    public async Task Changes_read_back_field_for_field()
    {
        var log = await CreateEmptyLogAsync();
        var occurred = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.FromHours(-5)).AddTicks(4_321);
        AvailabilityChange[] changes =
        [
            new("c1", "t_a", "netflix", AvailabilityChangeKind.Added, null, "subscription", occurred, occurred.AddSeconds(3), AvailabilitySource.Webhook),
            new("c2", "t_a", "hulu", AvailabilityChangeKind.Removed, "subscription", null, occurred.AddMinutes(1), occurred.AddMinutes(2), AvailabilitySource.Sweep),
            new("c3", "t_a", "prime-video", AvailabilityChangeKind.PriceChanged, "subscription", "rent", occurred.AddMinutes(2), occurred.AddMinutes(2), AvailabilitySource.OnDemand),
            new("c4", "t_a", "disney-plus", AvailabilityChangeKind.Added, null, null, occurred.AddMinutes(3), occurred.AddMinutes(3), AvailabilitySource.Feed),
        ];
        await log.AppendAsync(changes);

        var read = await log.ListForTitleAsync("t_a", 10);
        Assert.Equal(changes.Reverse(), read);
        Assert.Equal(occurred.UtcTicks, read[^1].OccurredAt.UtcTicks);
    }

    [Fact]
    public async Task The_feed_reads_every_titles_changes_since_a_time()
    {
        var log = await CreateEmptyLogAsync();
        await log.AppendAsync([Change("c1", "t_a", T0), Change("c2", "t_b", T0.AddMinutes(5)), Change("c3", "t_c", T0.AddMinutes(10))]);

        var since = new List<AvailabilityChange>();
        await foreach (var change in log.ListSinceAsync(T0.AddMinutes(5)))
            since.Add(change);

        Assert.Equal(["c2", "c3"], since.Select(c => c.ChangeId).Order(StringComparer.Ordinal));
        await foreach (var change in log.ListSinceAsync(T0.AddMinutes(11)))
            Assert.Fail($"{change.ChangeId} occurred before the time asked for");
    }

    [Fact]
    public async Task A_change_is_stored_once_per_change_id_and_the_first_one_stays()
    {
        var log = await CreateEmptyLogAsync();
        var first = Change("c1", "t_a", T0);
        await log.AppendAsync([first]);
        // Recorded again (a redelivered observation), even within one batch.
        await log.AppendAsync([first with { RecordedAt = T0.AddHours(1) }, first with { Platform = "hulu" }]);

        Assert.Equal([first], await log.ListForTitleAsync("t_a", 10));
    }

    [Fact]
    public async Task A_titles_changes_are_listed_newest_first_by_occurrence_and_the_limit_holds()
    {
        var log = await CreateEmptyLogAsync();
        // Recorded out of order (a late webhook): the order is when it happened, not when it was recorded.
        await log.AppendAsync([Change("c2", "t_a", T0.AddMinutes(2)), Change("c9", "t_b", T0.AddMinutes(5))]);
        await log.AppendAsync([Change("c3", "t_a", T0.AddMinutes(3)), Change("c1", "t_a", T0.AddMinutes(1))]);
        await log.AppendAsync([Change("c0", "t_a", T0.AddMinutes(3))]);

        Assert.Equal(["c3", "c0", "c2", "c1"], (await log.ListForTitleAsync("t_a", 10)).Select(c => c.ChangeId));
        Assert.Equal(["c3", "c0"], (await log.ListForTitleAsync("t_a", 2)).Select(c => c.ChangeId));
        Assert.Empty(await log.ListForTitleAsync("t_a", 0));
        Assert.Equal(["c9"], (await log.ListForTitleAsync("t_b", 10)).Select(c => c.ChangeId));
        Assert.Empty(await log.ListForTitleAsync("t_z", 10));
    }

    [Fact]
    public async Task Appending_nothing_changes_nothing()
    {
        var log = await CreateEmptyLogAsync();
        await log.AppendAsync([]);
        Assert.Empty(await log.ListForTitleAsync("t_a", 10));
    }

    [Fact]
    public async Task A_large_batch_is_stored_whole()
    {
        var log = await CreateEmptyLogAsync();
        var changes = Enumerable.Range(0, 60).Select(i => Change($"c{i:D3}", "t_a", T0.AddSeconds(i))).ToList();
        await log.AppendAsync(changes);
        var read = await log.ListForTitleAsync("t_a", 100);
        Assert.Equal(changes.Select(c => c.ChangeId).Reverse(), read.Select(c => c.ChangeId));
    }

    private static AvailabilityChange Change(string changeId, string titleId, DateTimeOffset occurredAt) =>
        new(changeId, titleId, "netflix", AvailabilityChangeKind.Added, null, "subscription", occurredAt, occurredAt.AddSeconds(1), AvailabilitySource.Webhook);
}
