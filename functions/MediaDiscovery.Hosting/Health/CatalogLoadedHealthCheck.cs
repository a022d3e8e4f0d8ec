using MediaDiscovery.Core.Catalog.Sync;
using MediaDiscovery.Core.Ports;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MediaDiscovery.Hosting.Health;

/// <summary>Ready once a catalog has been applied at least once (a first start ingests before it serves).</summary>
public sealed class CatalogLoadedHealthCheck(ICatalogStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await store.GetMetadataAsync(CatalogSync.CatalogVersionKey, cancellationToken) is null
                ? HealthCheckResult.Unhealthy("no catalog loaded yet")
                : HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("catalog store unreachable");
        }
    }
}
