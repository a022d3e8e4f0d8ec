using MediaDiscovery.Aws.Availability;
using MediaDiscovery.Aws.Tests.Users;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Testing.Availability;

namespace MediaDiscovery.Aws.Tests.Availability;

[Collection(DynaliteCollection.Name)]
public sealed class DynamoDbAvailabilityChangeLogContractTests(DynaliteServer dynalite) : AvailabilityChangeLogContract
{
    protected override async Task<IAvailabilityChangeLog> CreateEmptyLogAsync() =>
        new DynamoDbAvailabilityChangeLog(dynalite.Client, await UserTables.CreateChangeLogAsync(dynalite));
}
