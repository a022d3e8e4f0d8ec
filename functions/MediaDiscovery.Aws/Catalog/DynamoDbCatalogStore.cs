using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Ports;

namespace MediaDiscovery.Aws.Catalog;

/// <summary>
/// The catalog in DynamoDB (see docs/decisions/0002-dynamodb-catalog-tables.md): title docs with a version for
/// conditional writes, and an availability index kept behind them. The doc is the source of truth; index items
/// are checked against it on every read because a crashed writer can leave them stale.
/// </summary>
public sealed class DynamoDbCatalogStore : ICatalogStore
{
    private readonly IAmazonDynamoDB dynamo;
    private readonly DynamoDbCatalogOptions options;
    private readonly ConditionalTitleWriter titleWriter;
    private readonly AvailabilityIndexWriter indexWriter;
    private readonly BatchReader batchReader;
    private readonly CatalogCountsCache countsCache;

    public DynamoDbCatalogStore(IAmazonDynamoDB dynamo, DynamoDbCatalogOptions options, TimeProvider? time = null)
        : this(dynamo, options, UnprocessedRetryPolicy.Default, time)
    {
    }

    public DynamoDbCatalogStore(IAmazonDynamoDB dynamo, DynamoDbCatalogOptions options, UnprocessedRetryPolicy retry, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(dynamo);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(retry);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxParallelCalls, 1);
        this.dynamo = dynamo;
        this.options = options;
        titleWriter = new ConditionalTitleWriter(dynamo, options);
        indexWriter = new AvailabilityIndexWriter(dynamo, options, new BatchWriter(dynamo, options.MaxParallelCalls, retry));
        batchReader = new BatchReader(dynamo, options.MaxParallelCalls, retry);
        countsCache = new CatalogCountsCache(options.CountsCacheDuration, time ?? TimeProvider.System);
    }

    public async Task<Title?> GetAsync(string id, CancellationToken ct = default)
    {
        var response = await dynamo.GetItemAsync(new GetItemRequest
        {
            TableName = options.TitlesTable,
            Key = TitleItem.Key(id),
            ConsistentRead = true,
        }, ct);
        return TitleItem.FromItem(response.Item);
    }

    public async Task<Title?> FindByExternalIdAsync(string externalId, CancellationToken ct = default)
    {
        var response = await dynamo.GetItemAsync(new GetItemRequest
        {
            TableName = options.AvailabilityTable,
            Key = AvailabilityItem.Key(externalId),
            ConsistentRead = true,
        }, ct);
        if (AvailabilityItem.TitleIdOf(response.Item) is not { } titleId)
            return null;
        var title = await GetAsync(titleId, ct);
        return title is not null && title.Availability.Any(a => a.ExternalId == externalId) ? title : null;
    }

    public async Task<IReadOnlyList<Title>> ListByPlatformAsync(string platform, CancellationToken ct = default)
    {
        var titleIds = await TitleIdsIndexedOnAsync(platform, ct);
        var items = await batchReader.GetAsync(options.TitlesTable, titleIds.Select(TitleItem.Key).ToList(), ct);
        return items
            .Select(TitleItem.FromItem)
            .OfType<Title>()
            .Where(t => t.Availability.Any(a => a.Platform == platform))
            .OrderBy(t => t.Id, StringComparer.Ordinal)
            .ToList();
    }

    public async IAsyncEnumerable<Title> ListAllAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        var scan = new ScanRequest
        {
            TableName = options.TitlesTable,
            ConsistentRead = true,
            ProjectionExpression = "#id, #v, #doc",
            ExpressionAttributeNames = new Dictionary<string, string>
            {
                ["#id"] = TitleItem.Id,
                ["#v"] = TitleItem.Version,
                ["#doc"] = TitleItem.Doc,
            },
        };
        await foreach (var item in PaginatedScan.ItemsAsync(dynamo, scan, ct))
        {
            if (TitleItem.FromItem(item) is { } title)
                yield return title;
        }
    }

    public async Task<IReadOnlyList<WriteOutcome>> PutAsync(IReadOnlyList<TitleWrite> writes, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(writes);
        var outcomes = new WriteOutcome[writes.Count];
        var written = new ConcurrentQueue<WrittenTitle>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelCalls, CancellationToken = ct };
        try
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, writes.Count), parallel, async (i, token) =>
            {
                var (outcome, title) = await titleWriter.PutAsync(writes[i], token);
                outcomes[i] = outcome;
                if (title is not null)
                    written.Enqueue(title);
            });
        }
        finally
        {
            // Some docs may have changed even if the batch failed part-way.
            countsCache.Invalidate();
        }
        // Docs first, index after: a crash in between leaves index items that readers verify against the docs.
        await indexWriter.UpdateAsync(written, ct);
        return outcomes;
    }

    public async Task<CatalogCounts> GetCountsAsync(CancellationToken ct = default)
    {
        if (countsCache.TryGet(out var cached))
            return cached;
        var generation = countsCache.Generation;
        var counts = await CountAsync(ct);
        countsCache.Store(counts, generation);
        return counts;
    }

    public async Task<string?> GetMetadataAsync(string key, CancellationToken ct = default)
    {
        var response = await dynamo.GetItemAsync(new GetItemRequest
        {
            TableName = options.MetadataTable,
            Key = MetadataItemKey(key),
            ConsistentRead = true,
        }, ct);
        return response.Item is not null && response.Item.TryGetValue(MetadataValue, out var value) ? value.S : null;
    }

    public async Task SetMetadataAsync(string key, string value, CancellationToken ct = default)
    {
        var item = MetadataItemKey(key);
        item[MetadataValue] = new AttributeValue { S = value };
        await dynamo.PutItemAsync(new PutItemRequest { TableName = options.MetadataTable, Item = item }, ct);
    }

    private const string MetadataValue = "value";

    private static Dictionary<string, AttributeValue> MetadataItemKey(string key) =>
        new() { [DynamoDbCatalogSchema.MetadataKey] = new AttributeValue { S = key } };

    private async Task<IReadOnlyList<string>> TitleIdsIndexedOnAsync(string platform, CancellationToken ct)
    {
        var titleIds = new HashSet<string>(StringComparer.Ordinal);
        var query = new QueryRequest
        {
            TableName = options.AvailabilityTable,
            IndexName = DynamoDbCatalogSchema.ByPlatformIndex,
            KeyConditionExpression = "#platform = :platform",
            ExpressionAttributeNames = new Dictionary<string, string> { ["#platform"] = AvailabilityItem.Platform },
            ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":platform"] = new() { S = platform } },
        };
        do
        {
            var response = await dynamo.QueryAsync(query, ct);
            foreach (var item in response.Items ?? [])
            {
                if (AvailabilityItem.TitleIdOf(item) is { } titleId)
                    titleIds.Add(titleId);
            }
            query.ExclusiveStartKey = response.LastEvaluatedKey;
        }
        while (query.ExclusiveStartKey is { Count: > 0 });
        return [.. titleIds];
    }

    private async Task<CatalogCounts> CountAsync(CancellationToken ct)
    {
        var tally = new CatalogCountsTally();
        var scan = new ScanRequest
        {
            TableName = options.TitlesTable,
            // Read-your-writes: counts right after this instance's own write must include it.
            ConsistentRead = true,
            ProjectionExpression = "#genres, #availableOn",
            ExpressionAttributeNames = new Dictionary<string, string>
            {
                ["#genres"] = TitleItem.Genres,
                ["#availableOn"] = TitleItem.AvailableOn,
            },
        };
        await foreach (var item in PaginatedScan.ItemsAsync(dynamo, scan, ct))
            tally.Add(StringListAttribute.Read(item, TitleItem.Genres), StringListAttribute.Read(item, TitleItem.AvailableOn));
        return tally.ToCounts();
    }
}
