using Microsoft.AspNetCore.Builder;

namespace MediaDiscovery.Hosting.RateLimiting;

/// <summary>Marks endpoints the rate limiter leaves alone (health probes, platform events).</summary>
public sealed class RateLimitExemptMetadata
{
    public static readonly RateLimitExemptMetadata Instance = new();
}

public static class RateLimitEndpointExtensions
{
    public static TBuilder ExemptFromRateLimits<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(RateLimitExemptMetadata.Instance);
}
