using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace MediaDiscovery.Aws.Catalog;

/// <summary>
/// Brings the availability index in line with titles whose docs were just stored. Every current availability is
/// put again, not only the changed ones, so a write also repairs an index that a crashed writer left behind.
/// </summary>
internal sealed class AvailabilityIndexWriter(IAmazonDynamoDB dynamo, DynamoDbCatalogOptions options, BatchWriter batches)
{
    public async Task UpdateAsync(IReadOnlyCollection<WrittenTitle> written, CancellationToken ct)
    {
        var puts = CurrentItems(written);
        await DeleteRemovedAsync(written, puts.Keys, ct);
        var requests = puts.Values.Select(item => new WriteRequest { PutRequest = new PutRequest { Item = item } }).ToList();
        await batches.WriteAsync(options.AvailabilityTable, requests, ct);
    }

    /// <summary>One item per external id (a batch call rejects two requests for one key; the last title wins).</summary>
    private static Dictionary<string, Dictionary<string, AttributeValue>> CurrentItems(IReadOnlyCollection<WrittenTitle> written)
    {
        var items = new Dictionary<string, Dictionary<string, AttributeValue>>(StringComparer.Ordinal);
        foreach (var (title, _) in written)
        {
            foreach (var availability in title.Availability)
                items[availability.ExternalId] = AvailabilityItem.ToItem(title.Id, availability);
        }
        return items;
    }

    private async Task DeleteRemovedAsync(IReadOnlyCollection<WrittenTitle> written, IReadOnlyCollection<string> claimed, CancellationToken ct)
    {
        var claimedIds = claimed.ToHashSet(StringComparer.Ordinal);
        var removals = written
            .SelectMany(w => w.PreviousExternalIds.Where(id => !claimedIds.Contains(id)).Select(id => (TitleId: w.Title.Id, ExternalId: id)))
            .ToList();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelCalls, CancellationToken = ct };
        await Parallel.ForEachAsync(removals, parallel, async (removal, token) =>
            await DeleteIfStillOwnedAsync(removal.TitleId, removal.ExternalId, token));
    }

    /// <summary>
    /// Conditional, so an external id that has meanwhile moved to another title keeps that title's item.
    /// Removals are rare, so single calls are cheap enough (BatchWriteItem has no conditions).
    /// </summary>
    private async Task DeleteIfStillOwnedAsync(string titleId, string externalId, CancellationToken ct)
    {
        try
        {
            await dynamo.DeleteItemAsync(new DeleteItemRequest
            {
                TableName = options.AvailabilityTable,
                Key = AvailabilityItem.Key(externalId),
                ConditionExpression = "#titleId = :titleId",
                ExpressionAttributeNames = new Dictionary<string, string> { ["#titleId"] = AvailabilityItem.TitleId },
                ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":titleId"] = new() { S = titleId } },
            }, ct);
        }
        catch (ConditionalCheckFailedException)
        {
            // Already gone, or owned by another title now: nothing of ours to remove.
        }
    }
}
