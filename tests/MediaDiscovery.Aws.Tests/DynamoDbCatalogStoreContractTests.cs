using MediaDiscovery.Aws.Catalog;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Testing;

namespace MediaDiscovery.Aws.Tests;

[Collection(DynaliteCollection.Name)]
public sealed class DynamoDbCatalogStoreContractTests(DynaliteServer dynalite) : CatalogStoreContract
{
    protected override async Task<ICatalogStore> CreateEmptyStoreAsync() =>
        new DynamoDbCatalogStore(dynalite.Client, await CatalogTables.CreateAsync(dynalite));
}
