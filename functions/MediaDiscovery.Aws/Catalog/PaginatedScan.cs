using System.Runtime.CompilerServices;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace MediaDiscovery.Aws.Catalog;

/// <summary>Every item of a Scan, page after page (DynamoDB returns at most 1 MB per call).</summary>
internal static class PaginatedScan
{
    public static async IAsyncEnumerable<Dictionary<string, AttributeValue>> ItemsAsync(
        IAmazonDynamoDB dynamo, ScanRequest request, [EnumeratorCancellation] CancellationToken ct)
    {
        do
        {
            var response = await dynamo.ScanAsync(request, ct);
            foreach (var item in response.Items ?? [])
                yield return item;
            request.ExclusiveStartKey = response.LastEvaluatedKey;
        }
        while (request.ExclusiveStartKey is { Count: > 0 });
    }
}
