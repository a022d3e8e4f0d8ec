using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using MediaDiscovery.Aws.Catalog;

namespace MediaDiscovery.Aws.Users;

/// <summary>
/// The users table (docs/decisions/0008-user-data-storage.md), for tests and local development; in AWS the CDK
/// stack owns it and must match these names. One partition per user, items told apart by <see cref="SortKey"/>:
/// <list type="bullet">
/// <item><c>EVENT#&lt;eventId&gt;</c>: an event; the key is the idempotency check of a single conditional put.
/// <see cref="TimeKey"/> = <c>EVENT#&lt;time&gt;#&lt;eventId&gt;</c> orders it in <see cref="ByTimeIndex"/>.</item>
/// <item><c>WATCH#&lt;titleId&gt;</c>: the newest watchlist event of the title (removals kept);
/// <see cref="WatchedTitleId"/> is set only while the title is on the list (sparse <see cref="ByWatchedTitleIndex"/>).</item>
/// <item><c>PREFS</c>: the preferences.</item>
/// <item><c>NOTE#&lt;notificationId&gt;</c>: a notification; <see cref="TimeKey"/> = <c>NOTE#&lt;time&gt;#&lt;id&gt;</c>.</item>
/// </list>
/// Times are <c>yyyy-MM-ddTHH:mm:ss.fffffffZ</c> (UTC, fixed width, so strings sort by time).
/// </summary>
public static class DynamoDbUserSchema
{
    /// <summary>The table's name unless <c>Storage:DynamoDb:UsersTable</c> says otherwise.</summary>
    public const string DefaultTableName = "mediadiscovery-users";

    /// <summary>Partition key (S).</summary>
    public const string UserId = "userId";

    /// <summary>Sort key (S).</summary>
    public const string SortKey = "sk";

    /// <summary>Sort key (S) of <see cref="ByTimeIndex"/>; only events and notifications have it.</summary>
    public const string TimeKey = "timeKey";

    /// <summary>LSI: pk <see cref="UserId"/>, sk <see cref="TimeKey"/>, projection ALL. A user's events or notifications in time order.</summary>
    public const string ByTimeIndex = "by-time";

    /// <summary>Partition key (S) of <see cref="ByWatchedTitleIndex"/>; only watchlist items currently on the list have it.</summary>
    public const string WatchedTitleId = "watchedTitleId";

    /// <summary>GSI: pk <see cref="WatchedTitleId"/>, sk <see cref="UserId"/>, keys only. Who watches a title.</summary>
    public const string ByWatchedTitleIndex = "by-watched-title";

    public const string EventPrefix = "EVENT#";
    public const string WatchPrefix = "WATCH#";
    public const string NotificationPrefix = "NOTE#";
    public const string PreferencesKey = "PREFS";

    public static async Task CreateTableAsync(IAmazonDynamoDB dynamo, DynamoDbUserOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(dynamo);
        ArgumentNullException.ThrowIfNull(options);
        await DynamoDbCatalogSchema.CreateIfMissingAsync(dynamo, Table(options.UsersTable), ct);
        await DynamoDbCatalogSchema.WaitUntilActiveAsync(dynamo, options.UsersTable, ct);
    }

    private static CreateTableRequest Table(string name) => new()
    {
        TableName = name,
        BillingMode = BillingMode.PAY_PER_REQUEST,
        AttributeDefinitions =
        [
            new AttributeDefinition(UserId, ScalarAttributeType.S),
            new AttributeDefinition(SortKey, ScalarAttributeType.S),
            new AttributeDefinition(TimeKey, ScalarAttributeType.S),
            new AttributeDefinition(WatchedTitleId, ScalarAttributeType.S),
        ],
        KeySchema = [new KeySchemaElement(UserId, KeyType.HASH), new KeySchemaElement(SortKey, KeyType.RANGE)],
        LocalSecondaryIndexes =
        [
            new LocalSecondaryIndex
            {
                IndexName = ByTimeIndex,
                KeySchema = [new KeySchemaElement(UserId, KeyType.HASH), new KeySchemaElement(TimeKey, KeyType.RANGE)],
                // Readers want whole events: projecting them avoids a fetch per item (and an LSI can read consistently).
                Projection = new Projection { ProjectionType = ProjectionType.ALL },
            },
        ],
        GlobalSecondaryIndexes =
        [
            new GlobalSecondaryIndex
            {
                IndexName = ByWatchedTitleIndex,
                KeySchema = [new KeySchemaElement(WatchedTitleId, KeyType.HASH), new KeySchemaElement(UserId, KeyType.RANGE)],
                Projection = new Projection { ProjectionType = ProjectionType.KEYS_ONLY },
            },
        ],
    };
}
