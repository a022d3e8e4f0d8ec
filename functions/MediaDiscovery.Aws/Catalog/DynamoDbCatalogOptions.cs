namespace MediaDiscovery.Aws.Catalog;

/// <summary>Where <see cref="DynamoDbCatalogStore"/> keeps the catalog, and how hard it pushes DynamoDB.</summary>
public sealed record DynamoDbCatalogOptions
{
    /// <summary>One item per title: pk <c>id</c>.</summary>
    public string TitlesTable { get; set; } = "mediadiscovery-titles";

    /// <summary>One item per platform availability: pk <c>externalId</c>, GSI <see cref="ByPlatformIndex"/>.</summary>
    public string AvailabilityTable { get; set; } = "mediadiscovery-availability";

    /// <summary>Small key/value settings of the catalog (fingerprints, sync cursors): pk <c>key</c>.</summary>
    public string MetadataTable { get; set; } = "mediadiscovery-catalog-metadata";

    /// <summary>How many DynamoDB calls one operation runs at once (title puts, batch chunks, index deletes).</summary>
    public int MaxParallelCalls { get; set; } = 16;

    /// <summary>How long one instance reuses its counts; a full scan per request would be too expensive.</summary>
    public TimeSpan CountsCacheDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The same tables, each name prefixed (test isolation, per-stage tables).</summary>
    public DynamoDbCatalogOptions WithTablePrefix(string prefix) => this with
    {
        TitlesTable = prefix + TitlesTable,
        AvailabilityTable = prefix + AvailabilityTable,
        MetadataTable = prefix + MetadataTable,
    };
}
