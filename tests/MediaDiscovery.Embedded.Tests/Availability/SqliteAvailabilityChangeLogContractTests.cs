using MediaDiscovery.Core.Ports;
using MediaDiscovery.Embedded.Availability;
using MediaDiscovery.Testing.Availability;

namespace MediaDiscovery.Embedded.Tests.Availability;

public sealed class SqliteAvailabilityChangeLogContractTests : AvailabilityChangeLogContract, IDisposable
{
    private readonly TempDirectory directory = new();
    private readonly List<SqliteAvailabilityChangeLog> logs = [];

    protected override async Task<IAvailabilityChangeLog> CreateEmptyLogAsync()
    {
        var log = await SqliteAvailabilityChangeLog.OpenAsync(directory.File(SqliteAvailabilityChangeLog.FileName));
        logs.Add(log);
        return log;
    }

    public void Dispose()
    {
        foreach (var log in logs)
            log.Dispose();
        directory.Dispose();
    }
}
