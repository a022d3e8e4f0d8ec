using MediaDiscovery.Embedded.Search;
using MediaDiscovery.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MediaDiscovery.Functions.Search;

/// <summary>Ready when the in-memory indexes reflect the stored catalog version (not still building).</summary>
public sealed class SearchIndexHealthCheck(SearchIndexes indexes, CatalogVersionSource catalogVersion) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var stored = await catalogVersion.GetAsync(cancellationToken);
        var indexed = indexes.Current.Titles.CatalogVersion;
        return indexed >= stored && (stored == 0 || indexes.Current.Titles.Count > 0)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"indexes at catalog version {indexed}, store at {stored}");
    }
}
