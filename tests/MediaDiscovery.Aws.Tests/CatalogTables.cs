using MediaDiscovery.Aws.Catalog;

namespace MediaDiscovery.Aws.Tests;

/// <summary>Fresh, uniquely named catalog tables per test, so tests sharing one dynalite never see each other.</summary>
internal static class CatalogTables
{
    public static async Task<DynamoDbCatalogOptions> CreateAsync(DynaliteServer dynalite)
    {
        var options = new DynamoDbCatalogOptions().WithTablePrefix($"t{Guid.NewGuid():N}-");
        await DynamoDbCatalogSchema.CreateTablesAsync(dynalite.Client, options);
        return options;
    }
}
