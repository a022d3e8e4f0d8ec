using MediaDiscovery.Core.Ports;
using MediaDiscovery.Embedded.Platforms;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MediaDiscovery.Hosting.Availability;

/// <summary>
/// The platform adapters (<see cref="IPlatformAvailabilityChecker"/>) from <c>Availability:Platforms:&lt;platform&gt;</c>
/// (<see cref="PlatformAdapterOptions"/>: BaseUrl, ApiKey, RequestsPerSecond, Burst, timeouts, retries, breaker), and a
/// <c>platform-circuits</c> health check (degraded while a circuit is open; not part of readiness).
/// </summary>
public static class PlatformAdapterServices
{
    public static IServiceCollection AddPlatformAdapters(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(d => d.ServiceType == typeof(IPlatformAvailabilityChecker)))
            return services;
        services.AddSingleton(sp => new HttpPlatformAvailabilityChecker(
            CreateHttpClient(),
            ReadOptions(configuration),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<HttpPlatformAvailabilityChecker>>()));
        services.AddSingleton<IPlatformAvailabilityChecker>(sp => sp.GetRequiredService<HttpPlatformAvailabilityChecker>());
        services.AddHealthChecks().AddCheck<PlatformCircuitsHealthCheck>("platform-circuits");
        return services;
    }

    public static Dictionary<string, PlatformAdapterOptions> ReadOptions(IConfiguration configuration) =>
        configuration.GetSection("Availability:Platforms").GetChildren()
            .ToDictionary(s => s.Key, s => s.Get<PlatformAdapterOptions>() ?? new PlatformAdapterOptions(), StringComparer.Ordinal);

    // Timeouts belong to the Polly pipeline; the pool recycles connections so DNS changes are seen.
    private static HttpClient CreateHttpClient() =>
        new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), MaxConnectionsPerServer = 64 })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
}
