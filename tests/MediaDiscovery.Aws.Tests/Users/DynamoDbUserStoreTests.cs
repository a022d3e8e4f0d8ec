using Amazon.DynamoDBv2.Model;
using MediaDiscovery.Aws.Users;
using MediaDiscovery.Core.Users;

namespace MediaDiscovery.Aws.Tests.Users;

/// <summary>What the contract cannot say about the DynamoDB layout: crash repair, paginated erasure, the key shapes the CDK mirrors.</summary>
[Collection(DynaliteCollection.Name)]
public sealed class DynamoDbUserStoreTests(DynaliteServer dynalite)
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_retried_append_completes_the_watchlist_write_a_crash_left_out()
    {
        var options = await UserTables.CreateAsync(dynalite);
        var store = new DynamoDbUserStore(dynalite.Client, options);
        var add = new UserEvent("u1", "e1", "t_a", UserEventKind.WatchlistAdd, null, null, T0);
        await store.AppendEventAsync(add);
        // The state a crash right after the event put leaves: the event without its watchlist item.
        await dynalite.Client.DeleteItemAsync(new DeleteItemRequest
        {
            TableName = options.UsersTable,
            Key = Key("u1", DynamoDbUserSchema.WatchPrefix + "t_a"),
        });
        Assert.Empty(await store.GetWatchlistAsync("u1"));

        // The client retries (its clock has moved on): still a duplicate, and the watchlist follows the stored event.
        Assert.Equal(AppendOutcome.Duplicate, await store.AppendEventAsync(add with { At = T0.AddMinutes(1) }));
        Assert.Equal([new WatchlistEntry("t_a", T0)], await store.GetWatchlistAsync("u1"));
        Assert.Equal(["u1"], await store.ListWatchersAsync("t_a"));
    }

    [Fact]
    public async Task Erasure_deletes_users_with_more_items_than_one_delete_page()
    {
        var options = await UserTables.CreateAsync(dynalite);
        var store = new DynamoDbUserStore(dynalite.Client, options);
        var events = Enumerable.Range(0, 1_010)
            .Select(i => new UserEvent("u1", $"e{i:D4}", $"t_{i % 40}", i % 2 == 0 ? UserEventKind.WatchlistAdd : UserEventKind.View, null, null, T0.AddSeconds(i)));
        await Parallel.ForEachAsync(events, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (e, ct) => await store.AppendEventAsync(e, ct));
        await store.AppendEventAsync(new UserEvent("u2", "e0000", "t_0", UserEventKind.WatchlistAdd, null, null, T0));
        Assert.Equal(1_010, (await store.ListEventsAsync("u1", 2_000)).Count);

        Assert.True(await store.EraseAsync("u1"));

        var left = await dynalite.Client.QueryAsync(new QueryRequest
        {
            TableName = options.UsersTable,
            KeyConditionExpression = "#u = :u",
            ExpressionAttributeNames = new() { ["#u"] = DynamoDbUserSchema.UserId },
            ExpressionAttributeValues = new() { [":u"] = new AttributeValue { S = "u1" } },
            ConsistentRead = true,
        });
        Assert.Empty(left.Items);
        Assert.Equal(["u2"], await store.ListWatchersAsync("t_0"));
    }

    [Fact]
    public async Task Items_have_the_keys_the_schema_documents()
    {
        var options = await UserTables.CreateAsync(dynalite);
        var store = new DynamoDbUserStore(dynalite.Client, options);
        await store.AppendEventAsync(new UserEvent("u1", "e1", "t_a", UserEventKind.WatchlistAdd, null, null, T0));
        await store.SetPreferencesAsync("u1", UserPreferences.None(T0));
        await store.AddNotificationsAsync([new UserNotification("u1", "n1", "t_a", "netflix", "added", "on Netflix", T0)]);

        var scan = await dynalite.Client.ScanAsync(new ScanRequest { TableName = options.UsersTable, ConsistentRead = true });
        var items = scan.Items.ToDictionary(i => i[DynamoDbUserSchema.SortKey].S);
        Assert.Equal(["EVENT#e1", "NOTE#n1", "PREFS", "WATCH#t_a"], items.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("EVENT#2026-11-01T12:00:00.0000000Z#e1", items["EVENT#e1"][DynamoDbUserSchema.TimeKey].S);
        Assert.Equal("NOTE#2026-11-01T12:00:00.0000000Z#n1", items["NOTE#n1"][DynamoDbUserSchema.TimeKey].S);
        Assert.Equal("t_a", items["WATCH#t_a"][DynamoDbUserSchema.WatchedTitleId].S);

        // A removal takes the item out of the watchers index (the attribute goes) but keeps its time.
        await store.AppendEventAsync(new UserEvent("u1", "e2", "t_a", UserEventKind.WatchlistRemove, null, null, T0.AddMinutes(1)));
        var watch = await dynalite.Client.GetItemAsync(new GetItemRequest
        {
            TableName = options.UsersTable,
            Key = Key("u1", "WATCH#t_a"),
            ConsistentRead = true,
        });
        Assert.False(watch.Item.ContainsKey(DynamoDbUserSchema.WatchedTitleId));
    }

    private static Dictionary<string, AttributeValue> Key(string userId, string sortKey) => new()
    {
        [DynamoDbUserSchema.UserId] = new AttributeValue { S = userId },
        [DynamoDbUserSchema.SortKey] = new AttributeValue { S = sortKey },
    };
}
