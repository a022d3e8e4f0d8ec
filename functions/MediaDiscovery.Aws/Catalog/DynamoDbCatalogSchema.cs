using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace MediaDiscovery.Aws.Catalog;

/// <summary>
/// The catalog's tables, for tests and local development (in AWS the CDK stack owns them and must match this).
/// Idempotent: existing tables are left as they are.
/// </summary>
public static class DynamoDbCatalogSchema
{
    /// <summary>GSI of the availability table: pk <c>platform</c>, sk <c>titleId</c>, keys only.</summary>
    public const string ByPlatformIndex = "by-platform";

    /// <summary>Partition key of the metadata table.</summary>
    public const string MetadataKey = "key";

    private static readonly TimeSpan MaxWait = TimeSpan.FromMinutes(5);

    public static async Task CreateTablesAsync(IAmazonDynamoDB dynamo, DynamoDbCatalogOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(dynamo);
        ArgumentNullException.ThrowIfNull(options);
        CreateTableRequest[] tables = [Titles(options), Availability(options), Metadata(options)];
        foreach (var table in tables)
            await CreateIfMissingAsync(dynamo, table, ct);
        foreach (var table in tables)
            await WaitUntilActiveAsync(dynamo, table.TableName, ct);
    }

    private static CreateTableRequest Titles(DynamoDbCatalogOptions options) =>
        HashKeyedTable(options.TitlesTable, TitleItem.Id);

    private static CreateTableRequest Metadata(DynamoDbCatalogOptions options) =>
        HashKeyedTable(options.MetadataTable, MetadataKey);

    private static CreateTableRequest Availability(DynamoDbCatalogOptions options)
    {
        var table = HashKeyedTable(options.AvailabilityTable, AvailabilityItem.ExternalId);
        table.AttributeDefinitions.Add(StringAttribute(AvailabilityItem.Platform));
        table.AttributeDefinitions.Add(StringAttribute(AvailabilityItem.TitleId));
        table.GlobalSecondaryIndexes =
        [
            new GlobalSecondaryIndex
            {
                IndexName = ByPlatformIndex,
                KeySchema =
                [
                    new KeySchemaElement(AvailabilityItem.Platform, KeyType.HASH),
                    new KeySchemaElement(AvailabilityItem.TitleId, KeyType.RANGE),
                ],
                // Readers fetch the title docs anyway, so the index needs nothing beyond its keys.
                Projection = new Projection { ProjectionType = ProjectionType.KEYS_ONLY },
            },
        ];
        return table;
    }

    private static CreateTableRequest HashKeyedTable(string name, string hashKey) => new()
    {
        TableName = name,
        BillingMode = BillingMode.PAY_PER_REQUEST,
        AttributeDefinitions = [StringAttribute(hashKey)],
        KeySchema = [new KeySchemaElement(hashKey, KeyType.HASH)],
    };

    private static AttributeDefinition StringAttribute(string name) => new(name, ScalarAttributeType.S);

    internal static async Task CreateIfMissingAsync(IAmazonDynamoDB dynamo, CreateTableRequest table, CancellationToken ct)
    {
        try
        {
            await dynamo.CreateTableAsync(table, ct);
        }
        catch (ResourceInUseException)
        {
            // Exists already (or is being created by a concurrent caller): waiting for ACTIVE covers both.
        }
    }

    internal static async Task WaitUntilActiveAsync(IAmazonDynamoDB dynamo, string tableName, CancellationToken ct)
    {
        var delay = TimeSpan.FromMilliseconds(50);
        var deadline = DateTimeOffset.UtcNow + MaxWait;
        while (!await IsActiveAsync(dynamo, tableName, ct))
        {
            if (DateTimeOffset.UtcNow > deadline)
                throw new TimeoutException($"Table {tableName} did not become ACTIVE within {MaxWait}.");
            await Task.Delay(delay, ct);
            delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 2000));
        }
    }

    private static async Task<bool> IsActiveAsync(IAmazonDynamoDB dynamo, string tableName, CancellationToken ct)
    {
        var table = (await dynamo.DescribeTableAsync(new DescribeTableRequest { TableName = tableName }, ct)).Table;
        return table.TableStatus == TableStatus.ACTIVE
            && (table.GlobalSecondaryIndexes ?? []).All(index => index.IndexStatus == IndexStatus.ACTIVE);
    }
}
