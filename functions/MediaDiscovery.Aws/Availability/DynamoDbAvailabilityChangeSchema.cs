using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using MediaDiscovery.Aws.Catalog;

namespace MediaDiscovery.Aws.Availability;

/// <summary>
/// The availability changes table (docs/decisions/0008-user-data-storage.md), for tests and local development; in
/// AWS the CDK stack owns it and must match these names. Partition <see cref="TitleId"/>, sort <see cref="ChangeId"/>
/// (so one conditional put is the idempotency check), and <see cref="ByOccurredIndex"/> orders a title's changes by
/// <see cref="OccurredKey"/> = <c>&lt;occurredAt yyyy-MM-ddTHH:mm:ss.fffffffZ&gt;#&lt;changeId&gt;</c>.
/// </summary>
public static class DynamoDbAvailabilityChangeSchema
{
    /// <summary>The table's name unless <c>Storage:DynamoDb:AvailabilityChangesTable</c> says otherwise.</summary>
    public const string DefaultTableName = "mediadiscovery-availability-changes";

    /// <summary>Partition key (S).</summary>
    public const string TitleId = "titleId";

    /// <summary>Sort key (S).</summary>
    public const string ChangeId = "changeId";

    /// <summary>Sort key (S) of <see cref="ByOccurredIndex"/>.</summary>
    public const string OccurredKey = "occurredKey";

    /// <summary>LSI: pk <see cref="TitleId"/>, sk <see cref="OccurredKey"/>, projection ALL.</summary>
    public const string ByOccurredIndex = "by-occurred";

    public static async Task CreateTableAsync(IAmazonDynamoDB dynamo, DynamoDbAvailabilityChangeLogOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(dynamo);
        ArgumentNullException.ThrowIfNull(options);
        await DynamoDbCatalogSchema.CreateIfMissingAsync(dynamo, Table(options.AvailabilityChangesTable), ct);
        await DynamoDbCatalogSchema.WaitUntilActiveAsync(dynamo, options.AvailabilityChangesTable, ct);
    }

    private static CreateTableRequest Table(string name) => new()
    {
        TableName = name,
        BillingMode = BillingMode.PAY_PER_REQUEST,
        AttributeDefinitions =
        [
            new AttributeDefinition(TitleId, ScalarAttributeType.S),
            new AttributeDefinition(ChangeId, ScalarAttributeType.S),
            new AttributeDefinition(OccurredKey, ScalarAttributeType.S),
        ],
        KeySchema = [new KeySchemaElement(TitleId, KeyType.HASH), new KeySchemaElement(ChangeId, KeyType.RANGE)],
        LocalSecondaryIndexes =
        [
            new LocalSecondaryIndex
            {
                IndexName = ByOccurredIndex,
                KeySchema = [new KeySchemaElement(TitleId, KeyType.HASH), new KeySchemaElement(OccurredKey, KeyType.RANGE)],
                Projection = new Projection { ProjectionType = ProjectionType.ALL },
            },
        ],
    };
}
