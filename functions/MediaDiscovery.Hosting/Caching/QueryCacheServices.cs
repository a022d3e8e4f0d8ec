using MediaDiscovery.Aws.Caching;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Embedded.Caching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MediaDiscovery.Hosting.Caching;

/// <summary>
/// The shared response cache on the configured backend: <c>Cache:Backend</c> = <c>memory</c> (default) or
/// <c>redis</c> (<c>Cache:Redis:*</c>). Once per container: LocalHost hosts several functions that all use it.
/// </summary>
public static class QueryCacheServices
{
    public static IServiceCollection AddQueryCache(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(d => d.ServiceType == typeof(IQueryCache)))
            return services;
        if (string.Equals(configuration["Cache:Backend"], "redis", StringComparison.OrdinalIgnoreCase))
        {
            var options = configuration.GetSection("Cache:Redis").Get<RedisQueryCacheOptions>()
                ?? throw new InvalidOperationException("Cache:Redis:Configuration is required when Cache:Backend is redis.");
            services.AddSingleton<IQueryCache>(sp => new RedisQueryCache(options, sp.GetService<ILogger<RedisQueryCache>>(), sp.GetRequiredService<TimeProvider>()));
        }
        else
        {
            services.AddSingleton<IQueryCache>(sp => new InMemoryQueryCache(null, sp.GetRequiredService<TimeProvider>()));
        }
        return services;
    }
}
