using MediaDiscovery.Core.Availability;
using MediaDiscovery.Embedded.Platforms;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MediaDiscovery.Hosting.Availability;

/// <summary>Degraded while any platform's circuit is open (answers then come from the last known availability).</summary>
public sealed class PlatformCircuitsHealthCheck(HttpPlatformAvailabilityChecker checker) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var circuits = checker.Circuits;
        var open = circuits.Where(c => c.Value != PlatformCircuitState.Closed).Select(c => c.Key).ToList();
        var data = circuits.ToDictionary(c => c.Key, c => (object)c.Value.ToString());
        return Task.FromResult(open.Count == 0
            ? HealthCheckResult.Healthy(data: data)
            : HealthCheckResult.Degraded("Circuit not closed: " + string.Join(", ", open), data: data));
    }
}
