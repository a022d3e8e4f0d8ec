using Amazon.DynamoDBv2.Model;
using MediaDiscovery.Aws.Catalog;
using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Testing;

namespace MediaDiscovery.Aws.Tests;

/// <summary>What the DynamoDB store must do beyond the shared contract: races, a lagging index, throttling.</summary>
[Collection(DynaliteCollection.Name)]
public sealed class DynamoDbCatalogStoreTests(DynaliteServer dynalite)
{
    private static readonly Title Cheers = SampleTitles.Series("Cheers", 1982, ("hulu", "s10"), ("netflix", "s20"));
    private static readonly Title Us = SampleTitles.Movie("Us", 2019, ("prime-video", "s30"));

    private static readonly UnprocessedRetryPolicy QuickRetry = new(4, TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(5));

    [Fact]
    public async Task Of_concurrent_writers_with_the_same_expected_version_exactly_one_wins()
    {
        var options = await CatalogTables.CreateAsync(dynalite);
        await new DynamoDbCatalogStore(dynalite.Client, options).PutAsync([new TitleWrite(Cheers, 0)]);

        // Separate store instances, as separate Lambda invocations would be.
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            new DynamoDbCatalogStore(dynalite.Client, options).PutAsync([new TitleWrite(Cheers with { Description = $"writer {i}" }, 1)])));

        var all = outcomes.Select(Assert.Single).ToList();
        Assert.Single(all, o => o.Status == WriteStatus.Written);
        Assert.All(all, o => Assert.Equal(2, o.StoredVersion));
        var stored = await new DynamoDbCatalogStore(dynalite.Client, options).GetAsync(Cheers.Id);
        Assert.Equal(2, stored!.Version);
    }

    [Fact]
    public async Task A_stale_index_item_does_not_find_a_title_that_no_longer_lists_the_external_id()
    {
        var options = await CatalogTables.CreateAsync(dynalite);
        var store = new DynamoDbCatalogStore(dynalite.Client, options);
        await store.PutAsync([new TitleWrite(Cheers, 0)]);

        // As if a writer had crashed after storing a doc without disney-plus but before cleaning the index.
        await PutIndexItemAsync(options, "disney-plus:s99", Cheers.Id, "disney-plus");

        Assert.Null(await store.FindByExternalIdAsync("disney-plus:s99"));
        Assert.Empty(await store.ListByPlatformAsync("disney-plus"));
        Assert.Equal(Cheers.Id, (await store.FindByExternalIdAsync("hulu:s10"))?.Id);
    }

    [Fact]
    public async Task An_index_item_pointing_at_a_missing_title_finds_nothing()
    {
        var options = await CatalogTables.CreateAsync(dynalite);
        var store = new DynamoDbCatalogStore(dynalite.Client, options);
        await PutIndexItemAsync(options, "hulu:s10", Cheers.Id, "hulu");

        Assert.Null(await store.FindByExternalIdAsync("hulu:s10"));
        Assert.Empty(await store.ListByPlatformAsync("hulu"));
    }

    [Fact]
    public async Task An_external_id_moved_to_another_title_in_one_batch_finds_the_new_title()
    {
        var options = await CatalogTables.CreateAsync(dynalite);
        var store = new DynamoDbCatalogStore(dynalite.Client, options);
        await store.PutAsync([new TitleWrite(Cheers, 0), new TitleWrite(Us, 0)]);

        var netflix = Cheers.Availability.Single(a => a.Platform == "netflix");
        var cheersWithout = Cheers with { Availability = Cheers.Availability.Where(a => a != netflix).ToList() };
        var usWith = Us with { Availability = [netflix, .. Us.Availability] };
        await store.PutAsync([new TitleWrite(cheersWithout, 1), new TitleWrite(usWith, 1)]);

        Assert.Equal(Us.Id, (await store.FindByExternalIdAsync("netflix:s20"))?.Id);
        Assert.Equal([Us.Id], (await store.ListByPlatformAsync("netflix")).Select(t => t.Id));
    }

    [Fact]
    public async Task Unprocessed_batch_items_are_resent_until_all_are_done()
    {
        var options = await CatalogTables.CreateAsync(dynalite);
        var (client, throttle) = ThrottlingDynamoDb.Wrap(dynalite.Client, processedPerCall: 7);
        var store = new DynamoDbCatalogStore(client, options with { MaxParallelCalls = 4 }, QuickRetry with { MaxAttempts = 10 });
        var titles = Enumerable.Range(0, 40).Select(i => SampleTitles.Movie($"Throttled {i}", 2000, ("netflix", $"n{i}"))).ToList();

        var outcomes = await store.PutAsync(titles.Select(t => new TitleWrite(t, 0)).ToList());

        Assert.All(outcomes, o => Assert.Equal(WriteStatus.Written, o.Status));
        Assert.True(throttle.BatchWriteCalls > 2, $"only {throttle.BatchWriteCalls} batch write calls");
        Assert.Equal(40, (await store.ListByPlatformAsync("netflix")).Count);
        Assert.True(throttle.BatchGetCalls > 1, $"only {throttle.BatchGetCalls} batch get calls");
        Assert.Equal(titles[39].Id, (await store.FindByExternalIdAsync("netflix:n39"))?.Id);
    }

    [Fact]
    public async Task Items_left_unprocessed_after_every_retry_fail_the_write_and_the_next_write_repairs_the_index()
    {
        var options = await CatalogTables.CreateAsync(dynalite);
        var (client, _) = ThrottlingDynamoDb.Wrap(dynalite.Client, processedPerCall: 0);
        var throttled = new DynamoDbCatalogStore(client, options, QuickRetry);

        await Assert.ThrowsAsync<UnprocessedItemsException>(() => throttled.PutAsync([new TitleWrite(Cheers, 0)]));

        // The doc went first, so it is stored; the index lags until the sync's retry writes the title again.
        var healthy = new DynamoDbCatalogStore(dynalite.Client, options);
        Assert.Equal(1, (await healthy.GetAsync(Cheers.Id))?.Version);
        Assert.Null(await healthy.FindByExternalIdAsync("hulu:s10"));
        await healthy.PutAsync([new TitleWrite(Cheers, 1)]);
        Assert.Equal(Cheers.Id, (await healthy.FindByExternalIdAsync("hulu:s10"))?.Id);
    }

    [Fact]
    public async Task Creating_the_tables_again_keeps_them_and_their_data()
    {
        var options = await CatalogTables.CreateAsync(dynalite);
        var store = new DynamoDbCatalogStore(dynalite.Client, options);
        await store.PutAsync([new TitleWrite(Cheers, 0)]);

        await DynamoDbCatalogSchema.CreateTablesAsync(dynalite.Client, options);
        await Task.WhenAll(DynamoDbCatalogSchema.CreateTablesAsync(dynalite.Client, options), DynamoDbCatalogSchema.CreateTablesAsync(dynalite.Client, options));

        Assert.Equal(1, (await store.GetAsync(Cheers.Id))?.Version);
        Assert.Equal(Cheers.Id, (await store.FindByExternalIdAsync("netflix:s20"))?.Id);
    }

    [Fact]
    public async Task Counts_are_cached_until_they_expire_but_this_instance_s_writes_refresh_them()
    {
        var options = await CatalogTables.CreateAsync(dynalite);
        var clock = new ManualTimeProvider();
        var store = new DynamoDbCatalogStore(dynalite.Client, options with { CountsCacheDuration = TimeSpan.FromSeconds(60) }, clock);
        var otherInstance = new DynamoDbCatalogStore(dynalite.Client, options);
        await store.PutAsync([new TitleWrite(Cheers, 0)]);
        Assert.Equal(1, (await store.GetCountsAsync()).Titles);

        await otherInstance.PutAsync([new TitleWrite(Us, 0)]);
        Assert.Equal(1, (await store.GetCountsAsync()).Titles);
        clock.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal(2, (await store.GetCountsAsync()).Titles);

        var third = SampleTitles.Movie("Third", 2001, ("hulu", "s3"));
        await store.PutAsync([new TitleWrite(third, 0)]);
        Assert.Equal(3, (await store.GetCountsAsync()).Titles);
    }

    private async Task PutIndexItemAsync(DynamoDbCatalogOptions options, string externalId, string titleId, string platform) =>
        await dynalite.Client.PutItemAsync(new PutItemRequest
        {
            TableName = options.AvailabilityTable,
            Item = new Dictionary<string, AttributeValue>
            {
                ["externalId"] = new() { S = externalId },
                ["titleId"] = new() { S = titleId },
                ["platform"] = new() { S = platform },
                ["available"] = new() { BOOL = true },
            },
        });
}
