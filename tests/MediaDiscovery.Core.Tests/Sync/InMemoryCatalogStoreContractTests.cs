using MediaDiscovery.Core.Ports;
using MediaDiscovery.Testing;

namespace MediaDiscovery.Core.Tests.Sync;

/// <summary>The tests' own store must behave like the real ones, or tests built on it prove nothing.</summary>
public sealed class InMemoryCatalogStoreContractTests : CatalogStoreContract
{
    protected override Task<ICatalogStore> CreateEmptyStoreAsync() => Task.FromResult<ICatalogStore>(new InMemoryCatalogStore());
}
