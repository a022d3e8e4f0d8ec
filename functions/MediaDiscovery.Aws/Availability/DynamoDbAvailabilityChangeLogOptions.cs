namespace MediaDiscovery.Aws.Availability;

/// <summary>Where <see cref="DynamoDbAvailabilityChangeLog"/> keeps the history (config section <c>Storage:DynamoDb</c>).</summary>
public sealed record DynamoDbAvailabilityChangeLogOptions
{
    /// <summary>One item per change, keyed <c>titleId</c> + <c>changeId</c>: see <see cref="DynamoDbAvailabilityChangeSchema"/>.</summary>
    public string AvailabilityChangesTable { get; set; } = DynamoDbAvailabilityChangeSchema.DefaultTableName;

    /// <summary>How many conditional puts one append runs at once.</summary>
    public int MaxParallelCalls { get; set; } = 16;

    /// <summary>The same table, its name prefixed (test isolation, per-stage tables).</summary>
    public DynamoDbAvailabilityChangeLogOptions WithTablePrefix(string prefix) =>
        this with { AvailabilityChangesTable = prefix + AvailabilityChangesTable };
}
