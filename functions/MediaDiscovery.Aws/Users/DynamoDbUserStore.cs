using System.Runtime.CompilerServices;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using MediaDiscovery.Aws.Catalog;
using MediaDiscovery.Aws.Storage;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Users;
using static MediaDiscovery.Aws.Users.DynamoDbUserSchema;

namespace MediaDiscovery.Aws.Users;

/// <summary>
/// Users' data in one DynamoDB table, one partition per user (layout in <see cref="DynamoDbUserSchema"/>, reasons in
/// docs/decisions/0008-user-data-storage.md). No transactions: an event is a single conditional put (stored once or
/// not at all), and the watchlist item it implies is a second, idempotent conditional put that a retried append
/// repeats, so a crash between the two is repaired by the client's retry.
/// </summary>
public sealed class DynamoDbUserStore : IUserStore
{
    private const string NewItem = $"attribute_not_exists({SortKey})";

    private readonly IAmazonDynamoDB dynamo;
    private readonly DynamoDbUserOptions options;
    private readonly BatchWriter batchWriter;

    public DynamoDbUserStore(IAmazonDynamoDB dynamo, DynamoDbUserOptions options)
    {
        ArgumentNullException.ThrowIfNull(dynamo);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxParallelCalls, 1);
        this.dynamo = dynamo;
        this.options = options;
        batchWriter = new BatchWriter(dynamo, options.MaxParallelCalls, UnprocessedRetryPolicy.Default);
    }

    public async Task<AppendOutcome> AppendEventAsync(UserEvent userEvent, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(userEvent);
        if (await PutIfAbsentAsync(UserItems.Event(userEvent), ct))
        {
            await ApplyToWatchlistAsync(userEvent, ct);
            return AppendOutcome.Appended;
        }
        // A duplicate: the first append may have crashed before its watchlist write, so repeat that write from the
        // stored event (never from this one). Idempotent: an equal or newer watchlist item refuses it.
        var stored = await dynamo.GetItemAsync(new GetItemRequest
        {
            TableName = options.UsersTable,
            Key = UserItems.EventKey(userEvent.UserId, userEvent.EventId),
            ConsistentRead = true,
        }, ct);
        if (stored.Item is { Count: > 0 } item)
            await ApplyToWatchlistAsync(UserItems.ToEvent(item), ct);
        return AppendOutcome.Duplicate;
    }

    public async Task<IReadOnlyList<UserEvent>> ListEventsAsync(string userId, int limit, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        return await PaginatedQuery.ToListAsync(dynamo, NewestFirst(userId, EventPrefix), limit, UserItems.ToEvent, ct);
    }

    public async IAsyncEnumerable<UserEvent> ListAllEventsAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        // The time index holds only events and notifications: scanning it skips watchlist and preference items.
        var scan = new ScanRequest
        {
            TableName = options.UsersTable,
            IndexName = ByTimeIndex,
            FilterExpression = "begins_with(#time, :events)",
            ExpressionAttributeNames = new() { ["#time"] = TimeKey },
            ExpressionAttributeValues = new() { [":events"] = UserItems.S(EventPrefix) },
        };
        await foreach (var item in PaginatedScan.ItemsAsync(dynamo, scan, ct))
            yield return UserItems.ToEvent(item);
    }

    public async Task<IReadOnlyList<WatchlistEntry>> GetWatchlistAsync(string userId, CancellationToken ct = default)
    {
        var items = await PaginatedQuery.ToListAsync(dynamo, Prefixed(userId, WatchPrefix), null, UserItems.ToWatchlistEntry, ct);
        return items
            .OfType<WatchlistEntry>()
            .OrderByDescending(w => w.AddedAt)
            .ThenBy(w => w.TitleId, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>From a global index, so eventually consistent: a watcher added a moment ago may be missing.</summary>
    public async Task<IReadOnlyList<string>> ListWatchersAsync(string titleId, CancellationToken ct = default)
    {
        var query = new QueryRequest
        {
            TableName = options.UsersTable,
            IndexName = ByWatchedTitleIndex,
            KeyConditionExpression = "#title = :title",
            ExpressionAttributeNames = new() { ["#title"] = WatchedTitleId },
            ExpressionAttributeValues = new() { [":title"] = UserItems.S(titleId) },
        };
        return await PaginatedQuery.ToListAsync(dynamo, query, null, item => item[UserId].S, ct);
    }

    public async Task<UserPreferences?> GetPreferencesAsync(string userId, CancellationToken ct = default)
    {
        var response = await dynamo.GetItemAsync(new GetItemRequest
        {
            TableName = options.UsersTable,
            Key = UserItems.Key(userId, PreferencesKey),
            ConsistentRead = true,
        }, ct);
        return response.Item is { Count: > 0 } item ? UserItems.ToPreferences(item) : null;
    }

    public async Task SetPreferencesAsync(string userId, UserPreferences preferences, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(preferences);
        await dynamo.PutItemAsync(new PutItemRequest { TableName = options.UsersTable, Item = UserItems.Preferences(userId, preferences) }, ct);
    }

    public async Task AddNotificationsAsync(IReadOnlyList<UserNotification> notifications, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        // Conditional puts (a batch write cannot be conditional); a repeated id within the call keeps its first.
        var distinct = notifications.DistinctBy(n => (n.UserId, n.NotificationId)).ToList();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelCalls, CancellationToken = ct };
        await Parallel.ForEachAsync(distinct, parallel, async (n, token) => await PutIfAbsentAsync(UserItems.Notification(n), token));
    }

    public async Task<IReadOnlyList<UserNotification>> ListNotificationsAsync(string userId, int limit, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        return await PaginatedQuery.ToListAsync(dynamo, NewestFirst(userId, NotificationPrefix), limit, UserItems.ToNotification, ct);
    }

    /// <summary>
    /// Deletes the user's items page by page; the watchers index follows the deleted watchlist items. Running it
    /// again after a failure finishes the job.
    /// </summary>
    public async Task<bool> EraseAsync(string userId, CancellationToken ct = default)
    {
        var query = new QueryRequest
        {
            TableName = options.UsersTable,
            KeyConditionExpression = "#user = :user",
            ProjectionExpression = "#user, #sk",
            ExpressionAttributeNames = new() { ["#user"] = UserId, ["#sk"] = SortKey },
            ExpressionAttributeValues = new() { [":user"] = UserItems.S(userId) },
            ConsistentRead = true,
        };
        var deleted = 0;
        var page = new List<WriteRequest>();
        await foreach (var key in PaginatedQuery.ItemsAsync(dynamo, query, null, ct))
        {
            page.Add(new WriteRequest(new DeleteRequest(key)));
            if (page.Count == 1000)
                deleted += await DeleteAsync(page, ct);
        }
        deleted += await DeleteAsync(page, ct);
        return deleted > 0;
    }

    private async Task<int> DeleteAsync(List<WriteRequest> deletes, CancellationToken ct)
    {
        var count = deletes.Count;
        if (count > 0)
            await batchWriter.WriteAsync(options.UsersTable, [.. deletes], ct);
        deletes.Clear();
        return count;
    }

    /// <summary>Replaces the title's watchlist item only with a newer event (by time, then event id).</summary>
    private async Task ApplyToWatchlistAsync(UserEvent userEvent, CancellationToken ct)
    {
        if (userEvent.Kind is not (UserEventKind.WatchlistAdd or UserEventKind.WatchlistRemove))
            return;
        var item = UserItems.Watch(userEvent);
        try
        {
            await dynamo.PutItemAsync(new PutItemRequest
            {
                TableName = options.UsersTable,
                Item = item,
                ConditionExpression = $"{NewItem} OR #watch < :watch",
                ExpressionAttributeNames = new() { ["#watch"] = UserItems.WatchKey },
                ExpressionAttributeValues = new() { [":watch"] = item[UserItems.WatchKey] },
            }, ct);
        }
        catch (ConditionalCheckFailedException)
        {
            // A newer watchlist event of this title is stored already: it decides.
        }
    }

    /// <summary>True when the item was written, false when an item with its key exists.</summary>
    private async Task<bool> PutIfAbsentAsync(Dictionary<string, AttributeValue> item, CancellationToken ct)
    {
        try
        {
            await dynamo.PutItemAsync(new PutItemRequest { TableName = options.UsersTable, Item = item, ConditionExpression = NewItem }, ct);
            return true;
        }
        catch (ConditionalCheckFailedException)
        {
            return false;
        }
    }

    private QueryRequest NewestFirst(string userId, string prefix) => new()
    {
        TableName = options.UsersTable,
        IndexName = ByTimeIndex,
        KeyConditionExpression = "#user = :user AND begins_with(#time, :prefix)",
        ExpressionAttributeNames = new() { ["#user"] = UserId, ["#time"] = TimeKey },
        ExpressionAttributeValues = new() { [":user"] = UserItems.S(userId), [":prefix"] = UserItems.S(prefix) },
        ScanIndexForward = false,
        ConsistentRead = true,
    };

    private QueryRequest Prefixed(string userId, string prefix) => new()
    {
        TableName = options.UsersTable,
        KeyConditionExpression = "#user = :user AND begins_with(#sk, :prefix)",
        ExpressionAttributeNames = new() { ["#user"] = UserId, ["#sk"] = SortKey },
        ExpressionAttributeValues = new() { [":user"] = UserItems.S(userId), [":prefix"] = UserItems.S(prefix) },
        ConsistentRead = true,
    };
}
