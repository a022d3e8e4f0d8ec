using MediaDiscovery.Core.Ports;
using MediaDiscovery.Testing.Users;

namespace MediaDiscovery.Core.Tests.Users;

/// <summary>The tests' own user store must behave like the real ones, or tests built on it prove nothing.</summary>
public sealed class InMemoryUserStoreContractTests : UserStoreContract
{
    protected override Task<IUserStore> CreateEmptyStoreAsync() => Task.FromResult<IUserStore>(new InMemoryUserStore());
}
