namespace MediaDiscovery.Aws.Users;

/// <summary>Where <see cref="DynamoDbUserStore"/> keeps users' data (config section <c>Storage:DynamoDb</c>).</summary>
public sealed record DynamoDbUserOptions
{
    /// <summary>Every item of every user, keyed <c>userId</c> + <c>sk</c>: see <see cref="DynamoDbUserSchema"/>.</summary>
    public string UsersTable { get; set; } = DynamoDbUserSchema.DefaultTableName;

    /// <summary>How many DynamoDB calls one operation runs at once (notification puts, erasure deletes).</summary>
    public int MaxParallelCalls { get; set; } = 16;

    /// <summary>The same table, its name prefixed (test isolation, per-stage tables).</summary>
    public DynamoDbUserOptions WithTablePrefix(string prefix) => this with { UsersTable = prefix + UsersTable };
}
