using System.Globalization;
using MediaDiscovery.Core.Catalog.Sync;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Embedded.Search;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MediaDiscovery.Functions.Search;

/// <summary>Ready when the in-memory indexes reflect the stored catalog version (not still building).</summary>
// Reads the store's version directly, not through a cache: readiness must not trail a sync.
public sealed class SearchIndexHealthCheck(SearchIndexes indexes, ICatalogStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var raw = await store.GetMetadataAsync(CatalogSync.CatalogVersionKey, cancellationToken);
        var stored = long.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0;
        var indexed = indexes.Current.Titles.CatalogVersion;
        return indexed >= stored && (stored == 0 || indexes.Current.Titles.Count > 0)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"indexes at catalog version {indexed}, store at {stored}");
    }
}
