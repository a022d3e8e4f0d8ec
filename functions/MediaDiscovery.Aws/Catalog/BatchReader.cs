using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace MediaDiscovery.Aws.Catalog;

/// <summary>Strongly consistent reads of many items through BatchGetItem: chunks of 100, unprocessed keys resent.</summary>
internal sealed class BatchReader(IAmazonDynamoDB dynamo, int parallelism, UnprocessedRetryPolicy retry)
{
    /// <summary>DynamoDB's limit for one BatchGetItem call.</summary>
    public const int MaxKeysPerCall = 100;

    public async Task<IReadOnlyList<Dictionary<string, AttributeValue>>> GetAsync(
        string table, IReadOnlyList<Dictionary<string, AttributeValue>> keys, CancellationToken ct)
    {
        var items = new List<Dictionary<string, AttributeValue>>(keys.Count);
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = ct };
        await Parallel.ForEachAsync(keys.Chunk(MaxKeysPerCall), options, async (chunk, token) =>
        {
            var found = await GetChunkAsync(table, chunk, token);
            lock (items)
                items.AddRange(found);
        });
        return items;
    }

    private async Task<List<Dictionary<string, AttributeValue>>> GetChunkAsync(
        string table, Dictionary<string, AttributeValue>[] chunk, CancellationToken ct)
    {
        var found = new List<Dictionary<string, AttributeValue>>(chunk.Length);
        var pending = new Dictionary<string, KeysAndAttributes>
        {
            [table] = new KeysAndAttributes { Keys = [.. chunk], ConsistentRead = true },
        };
        for (var attempt = 1; ; attempt++)
        {
            var response = await dynamo.BatchGetItemAsync(new BatchGetItemRequest { RequestItems = pending }, ct);
            if (response.Responses is not null && response.Responses.TryGetValue(table, out var items) && items is not null)
                found.AddRange(items);
            pending = response.UnprocessedKeys ?? [];
            var left = pending.Values.Sum(k => k?.Keys?.Count ?? 0);
            if (left == 0)
                return found;
            if (attempt >= retry.MaxAttempts)
                throw new UnprocessedItemsException($"{left} reads from {table} were still unprocessed after {attempt} attempts.");
            await Task.Delay(retry.DelayBefore(attempt), ct);
        }
    }
}
