using Amazon.CDK;
using Amazon.CDK.AWS.DynamoDB;
using Attribute = Amazon.CDK.AWS.DynamoDB.Attribute;
using Constructs;

namespace MediaDiscovery.Cdk;

/// <summary>
/// The DynamoDB tables, keyed as the adapters expect (functions/MediaDiscovery.Aws: Catalog/DynamoDbCatalogSchema,
/// Users/DynamoDbUserSchema, Availability/DynamoDbAvailabilityChangeSchema): on demand, point-in-time recovery,
/// deletion protection, encrypted with a KMS key.
/// </summary>
public sealed class DataTables : Construct
{
    public DataTables(Construct scope, string id, DeploymentSettings settings) : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var removal = settings.IsProduction ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
        Titles = Table("Titles", "id", null, removal);
        Availability = Table("Availability", "externalId", null, removal);
        Availability.AddGlobalSecondaryIndex(new GlobalSecondaryIndexProps
        {
            IndexName = "by-platform",
            PartitionKey = StringKey("platform"),
            SortKey = StringKey("titleId"),
            ProjectionType = ProjectionType.KEYS_ONLY,
        });
        Metadata = Table("CatalogMetadata", "key", null, removal);
        Users = Table("Users", "userId", "sk", removal);
        Users.AddLocalSecondaryIndex(new LocalSecondaryIndexProps
        {
            IndexName = "by-time",
            SortKey = StringKey("timeKey"),
            ProjectionType = ProjectionType.ALL,
        });
        Users.AddGlobalSecondaryIndex(new GlobalSecondaryIndexProps
        {
            IndexName = "by-watched-title",
            PartitionKey = StringKey("watchedTitleId"),
            SortKey = StringKey("userId"),
            ProjectionType = ProjectionType.KEYS_ONLY,
        });
        AvailabilityChanges = Table("AvailabilityChanges", "titleId", "changeId", removal);
        AvailabilityChanges.AddLocalSecondaryIndex(new LocalSecondaryIndexProps
        {
            IndexName = "by-occurred",
            SortKey = StringKey("occurredKey"),
            ProjectionType = ProjectionType.ALL,
        });
    }

    public Table Titles { get; }

    public Table Availability { get; }

    public Table Metadata { get; }

    public Table Users { get; }

    public Table AvailabilityChanges { get; }

    /// <summary>The configuration the functions read (<c>Storage:DynamoDb:*</c>), as Lambda environment variables.</summary>
    public Dictionary<string, string> Environment() => new()
    {
        ["Storage__Backend"] = "dynamodb",
        ["Storage__DataDirectory"] = "/tmp/data",
        ["Storage__DynamoDb__TitlesTable"] = Titles.TableName,
        ["Storage__DynamoDb__AvailabilityTable"] = Availability.TableName,
        ["Storage__DynamoDb__MetadataTable"] = Metadata.TableName,
        ["Storage__DynamoDb__UsersTable"] = Users.TableName,
        ["Storage__DynamoDb__AvailabilityChangesTable"] = AvailabilityChanges.TableName,
    };

    private Table Table(string id, string partitionKey, string? sortKey, RemovalPolicy removal) => new(this, id, new TableProps
    {
        PartitionKey = StringKey(partitionKey),
        SortKey = sortKey is null ? null : StringKey(sortKey),
        BillingMode = BillingMode.PAY_PER_REQUEST,
        PointInTimeRecovery = true,
        DeletionProtection = true,
        Encryption = TableEncryption.AWS_MANAGED,
        RemovalPolicy = removal,
    });

    private static Attribute StringKey(string name) => new() { Name = name, Type = AttributeType.STRING };
}
