using MediaDiscovery.Core.Ports;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MediaDiscovery.Hosting.Health;

/// <summary>Ready when the catalog store answers a read.</summary>
public sealed class CatalogStoreHealthCheck(ICatalogStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.GetMetadataAsync("catalog-version", cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("catalog store unreachable");
        }
    }
}
