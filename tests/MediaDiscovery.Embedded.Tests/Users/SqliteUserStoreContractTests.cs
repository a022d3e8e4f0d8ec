using MediaDiscovery.Core.Ports;
using MediaDiscovery.Embedded.Users;
using MediaDiscovery.Testing.Users;

namespace MediaDiscovery.Embedded.Tests.Users;

public sealed class SqliteUserStoreContractTests : UserStoreContract, IDisposable
{
    private readonly TempDirectory directory = new();
    private readonly List<SqliteUserStore> stores = [];

    protected override async Task<IUserStore> CreateEmptyStoreAsync()
    {
        var store = await SqliteUserStore.OpenAsync(directory.File(SqliteUserStore.FileName));
        stores.Add(store);
        return store;
    }

    public void Dispose()
    {
        foreach (var store in stores)
            store.Dispose();
        directory.Dispose();
    }
}
