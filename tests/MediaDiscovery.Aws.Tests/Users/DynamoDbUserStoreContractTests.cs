using MediaDiscovery.Aws.Users;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Testing.Users;

namespace MediaDiscovery.Aws.Tests.Users;

[Collection(DynaliteCollection.Name)]
public sealed class DynamoDbUserStoreContractTests(DynaliteServer dynalite) : UserStoreContract
{
    protected override async Task<IUserStore> CreateEmptyStoreAsync() =>
        new DynamoDbUserStore(dynalite.Client, await UserTables.CreateAsync(dynalite));
}
