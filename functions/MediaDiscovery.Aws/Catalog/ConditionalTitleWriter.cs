using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using MediaDiscovery.Core.Ports;

namespace MediaDiscovery.Aws.Catalog;

/// <summary>Stores one title doc only if the stored version is the expected one (optimistic concurrency).</summary>
internal sealed class ConditionalTitleWriter(IAmazonDynamoDB dynamo, DynamoDbCatalogOptions options)
{
    /// <summary>The outcome, and on success what the previous version held (for index maintenance).</summary>
    public async Task<(WriteOutcome Outcome, WrittenTitle? Written)> PutAsync(TitleWrite write, CancellationToken ct)
    {
        var newVersion = write.ExpectedVersion + 1;
        try
        {
            var response = await dynamo.PutItemAsync(Request(write, newVersion), ct);
            var previous = StringListAttribute.Read(response.Attributes, TitleItem.ExternalIds);
            return (new WriteOutcome(write.Title.Id, WriteStatus.Written, newVersion), new WrittenTitle(write.Title, previous));
        }
        catch (ConditionalCheckFailedException)
        {
            var stored = await StoredVersionAsync(write.Title.Id, ct);
            return (new WriteOutcome(write.Title.Id, WriteStatus.Conflict, stored), null);
        }
    }

    private PutItemRequest Request(TitleWrite write, long newVersion)
    {
        var request = new PutItemRequest
        {
            TableName = options.TitlesTable,
            Item = TitleItem.ToItem(write.Title, newVersion),
            ReturnValues = ReturnValue.ALL_OLD,
        };
        if (write.ExpectedVersion == 0)
        {
            request.ConditionExpression = "attribute_not_exists(#id)";
            request.ExpressionAttributeNames = new Dictionary<string, string> { ["#id"] = TitleItem.Id };
        }
        else
        {
            request.ConditionExpression = "#v = :expected";
            request.ExpressionAttributeNames = new Dictionary<string, string> { ["#v"] = TitleItem.Version };
            request.ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":expected"] = TitleItem.VersionValue(write.ExpectedVersion) };
        }
        return request;
    }

    private async Task<long> StoredVersionAsync(string id, CancellationToken ct)
    {
        var response = await dynamo.GetItemAsync(new GetItemRequest
        {
            TableName = options.TitlesTable,
            Key = TitleItem.Key(id),
            ConsistentRead = true,
            ProjectionExpression = "#v",
            ExpressionAttributeNames = new Dictionary<string, string> { ["#v"] = TitleItem.Version },
        }, ct);
        return TitleItem.VersionOf(response.Item);
    }
}
