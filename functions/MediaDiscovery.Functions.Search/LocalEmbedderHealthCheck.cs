using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MediaDiscovery.Functions.Search;

/// <summary>Not ready when the configured embedder could not be loaded: search would be lexical-only, and must say so.</summary>
public sealed class LocalEmbedderHealthCheck(LocalEmbedder local) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(local.Failure is { } failure
            ? HealthCheckResult.Unhealthy($"the embedder could not be loaded, so search has no vectors: {failure}")
            : HealthCheckResult.Healthy(local.Embedder?.ModelId ?? "no embedder"));
}
