using MediaDiscovery.Core.Ports;
using MediaDiscovery.Embedded.Catalog;
using MediaDiscovery.Testing;

namespace MediaDiscovery.Embedded.Tests.Catalog;

public sealed class SqliteCatalogStoreContractTests : CatalogStoreContract, IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly List<SqliteCatalogStore> _stores = [];

    protected override async Task<ICatalogStore> CreateEmptyStoreAsync()
    {
        var store = await SqliteCatalogStore.OpenAsync(_directory.File("catalog.db"));
        _stores.Add(store);
        return store;
    }

    public void Dispose()
    {
        foreach (var store in _stores)
            store.Dispose();
        _directory.Dispose();
    }
}
