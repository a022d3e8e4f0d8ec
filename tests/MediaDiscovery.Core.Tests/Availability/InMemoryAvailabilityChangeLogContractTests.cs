using MediaDiscovery.Core.Ports;
using MediaDiscovery.Testing.Availability;

namespace MediaDiscovery.Core.Tests.Availability;

/// <summary>The tests' own change log must behave like the real ones, or tests built on it prove nothing.</summary>
public sealed class InMemoryAvailabilityChangeLogContractTests : AvailabilityChangeLogContract
{
    protected override Task<IAvailabilityChangeLog> CreateEmptyLogAsync() => Task.FromResult<IAvailabilityChangeLog>(new InMemoryAvailabilityChangeLog());
}
