using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace MediaDiscovery.Aws.Catalog;

/// <summary>Unconditional puts and deletes through BatchWriteItem: chunks of 25, unprocessed items resent.</summary>
internal sealed class BatchWriter(IAmazonDynamoDB dynamo, int parallelism, UnprocessedRetryPolicy retry)
{
    /// <summary>DynamoDB's limit for one BatchWriteItem call.</summary>
    public const int MaxRequestsPerCall = 25;

    public async Task WriteAsync(string table, IReadOnlyList<WriteRequest> requests, CancellationToken ct)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = ct };
        await Parallel.ForEachAsync(requests.Chunk(MaxRequestsPerCall), options,
            async (chunk, token) => await WriteChunkAsync(table, chunk, token));
    }

    private async Task WriteChunkAsync(string table, WriteRequest[] chunk, CancellationToken ct)
    {
        var pending = new Dictionary<string, List<WriteRequest>> { [table] = [.. chunk] };
        for (var attempt = 1; ; attempt++)
        {
            var response = await dynamo.BatchWriteItemAsync(new BatchWriteItemRequest { RequestItems = pending }, ct);
            pending = response.UnprocessedItems ?? [];
            var left = pending.Values.Sum(requests => requests?.Count ?? 0);
            if (left == 0)
                return;
            if (attempt >= retry.MaxAttempts)
                throw new UnprocessedItemsException($"{left} writes to {table} were still unprocessed after {attempt} attempts.");
            await Task.Delay(retry.DelayBefore(attempt), ct);
        }
    }
}
