using MediaDiscovery.Aws.Caching;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Embedded.Caching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MediaDiscovery.Hosting.Caching;

/// <summary>
/// The shared response cache on the configured backend: <c>Cache:Backend</c> = <c>memory</c> (default),
/// <c>redis</c> (<c>Cache:Redis:*</c>) or <c>none</c> (every request misses). Any other value fails the start.
/// Once per container: LocalHost hosts several functions that all use it.
/// </summary>
public static class QueryCacheServices
{
    public static IServiceCollection AddQueryCache(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(d => d.ServiceType == typeof(IQueryCache)))
            return services;
        var backend = configuration["Cache:Backend"] ?? "memory";
        switch (backend.ToLowerInvariant())
        {
            case "redis":
                var options = configuration.GetSection("Cache:Redis").Get<RedisQueryCacheOptions>()
                    ?? throw new InvalidOperationException("Cache:Redis:Configuration is required when Cache:Backend is redis.");
                services.AddSingleton<IQueryCache>(sp => new RedisQueryCache(options, sp.GetService<ILogger<RedisQueryCache>>(), sp.GetRequiredService<TimeProvider>()));
                break;
            case "memory":
                services.AddSingleton<IQueryCache>(sp => new InMemoryQueryCache(null, sp.GetRequiredService<TimeProvider>()));
                break;
            case "none":
                services.AddSingleton<IQueryCache, NoQueryCache>();
                break;
            default:
                throw new InvalidOperationException($"Cache:Backend must be memory, redis or none, not '{backend}'.");
        }
        return services;
    }
}
