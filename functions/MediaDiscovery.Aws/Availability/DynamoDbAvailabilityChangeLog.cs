using System.Runtime.CompilerServices;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using MediaDiscovery.Aws.Catalog;
using MediaDiscovery.Aws.Storage;
using MediaDiscovery.Core.Availability;
using MediaDiscovery.Core.Ports;
using static MediaDiscovery.Aws.Availability.DynamoDbAvailabilityChangeSchema;

namespace MediaDiscovery.Aws.Availability;

/// <summary>
/// The availability history in DynamoDB (layout in <see cref="DynamoDbAvailabilityChangeSchema"/>): each change is
/// one conditional put keyed by (title, change id), so a redelivered change is stored once and a retried batch
/// after a partial failure simply fills in what is missing.
/// </summary>
public sealed class DynamoDbAvailabilityChangeLog : IAvailabilityChangeLog
{
    private const string NewItem = $"attribute_not_exists({ChangeId})";

    private readonly IAmazonDynamoDB dynamo;
    private readonly DynamoDbAvailabilityChangeLogOptions options;

    public DynamoDbAvailabilityChangeLog(IAmazonDynamoDB dynamo, DynamoDbAvailabilityChangeLogOptions options)
    {
        ArgumentNullException.ThrowIfNull(dynamo);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxParallelCalls, 1);
        this.dynamo = dynamo;
        this.options = options;
    }

    public async Task AppendAsync(IReadOnlyList<AvailabilityChange> changes, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        // A repeated id within the call keeps its first (the puts run in parallel, so order must be settled here).
        var distinct = changes.DistinctBy(c => (c.TitleId, c.ChangeId)).ToList();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelCalls, CancellationToken = ct };
        await Parallel.ForEachAsync(distinct, parallel, async (change, token) =>
        {
            try
            {
                await dynamo.PutItemAsync(new PutItemRequest
                {
                    TableName = options.AvailabilityChangesTable,
                    Item = AvailabilityChangeItem.ToItem(change),
                    ConditionExpression = NewItem,
                }, token);
            }
            catch (ConditionalCheckFailedException)
            {
                // Stored before: the first one stays.
            }
        });
    }

    public async Task<IReadOnlyList<AvailabilityChange>> ListForTitleAsync(string titleId, int limit, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var query = new QueryRequest
        {
            TableName = options.AvailabilityChangesTable,
            IndexName = ByOccurredIndex,
            KeyConditionExpression = "#title = :title",
            ExpressionAttributeNames = new() { ["#title"] = TitleId },
            ExpressionAttributeValues = new() { [":title"] = AvailabilityChangeItem.S(titleId) },
            ScanIndexForward = false,
            ConsistentRead = true,
        };
        return await PaginatedQuery.ToListAsync(dynamo, query, limit, AvailabilityChangeItem.FromItem, ct);
    }

    /// <summary>A filtered scan: the feed reads the log rarely (it is cached until the next change) and the table is small next to the catalog.</summary>
    public async IAsyncEnumerable<AvailabilityChange> ListSinceAsync(DateTimeOffset since, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var scan = new ScanRequest
        {
            TableName = options.AvailabilityChangesTable,
            FilterExpression = "#occurred >= :since",
            ExpressionAttributeNames = new() { ["#occurred"] = AvailabilityChangeItem.OccurredAt },
            ExpressionAttributeValues = new() { [":since"] = AvailabilityChangeItem.S(SortableTime.Of(since)) },
        };
        await foreach (var item in PaginatedScan.ItemsAsync(dynamo, scan, ct))
            yield return AvailabilityChangeItem.FromItem(item);
    }
}
