using System.Runtime.CompilerServices;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace MediaDiscovery.Aws.Storage;

/// <summary>
/// The items of a Query, page after page (DynamoDB returns at most 1 MB per call), stopping after
/// <paramref name="limit"/> items when one is given.
/// </summary>
internal static class PaginatedQuery
{
    public static async IAsyncEnumerable<Dictionary<string, AttributeValue>> ItemsAsync(
        IAmazonDynamoDB dynamo, QueryRequest request, int? limit, [EnumeratorCancellation] CancellationToken ct)
    {
        var left = limit ?? int.MaxValue;
        if (left <= 0)
            yield break;
        do
        {
            if (limit is not null)
                request.Limit = left;
            var response = await dynamo.QueryAsync(request, ct);
            foreach (var item in response.Items ?? [])
            {
                yield return item;
                if (--left == 0)
                    yield break;
            }
            request.ExclusiveStartKey = response.LastEvaluatedKey;
        }
        while (request.ExclusiveStartKey is { Count: > 0 });
    }

    public static async Task<List<T>> ToListAsync<T>(
        IAmazonDynamoDB dynamo, QueryRequest request, int? limit, Func<Dictionary<string, AttributeValue>, T> map, CancellationToken ct)
    {
        var results = new List<T>();
        await foreach (var item in ItemsAsync(dynamo, request, limit, ct))
            results.Add(map(item));
        return results;
    }
}
