using MediaDiscovery.Aws.Caching;
using MediaDiscovery.Aws.RateLimiting;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Embedded.Security;
using MediaDiscovery.Hosting.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace MediaDiscovery.Hosting.Security;

/// <summary>Authentication, access policies, rate limits, CORS and security headers, shared by every function.</summary>
public static class ApiSecurity
{
    public const string CorsPolicyName = "api";

    public static IServiceCollection AddApiSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AccessTokenOptions>(configuration.GetSection(AccessTokenOptions.SectionName));
        services.Configure<RateLimitingOptions>(configuration.GetSection(RateLimitingOptions.SectionName));
        services.AddAuthentication(AccessTokenAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, AccessTokenAuthenticationHandler>(AccessTokenAuthenticationHandler.SchemeName, null);
        services.AddSingleton<AccessTokenValidator>();
        services.AddSingleton<ISigningKeySource, ConfiguredSigningKeys>();
        services.AddHttpClient<JwksSigningKeys>(c => c.Timeout = TimeSpan.FromSeconds(5));
        services.AddSingleton<ISigningKeySource>(sp => sp.GetRequiredService<JwksSigningKeys>());
        AddSharedCacheAdapters(services, configuration);

        var origins = configuration.GetSection(ApiCorsOptions.SectionName).Get<ApiCorsOptions>()?.AllowedOrigins ?? [];
        services.AddCors(o => o.AddPolicy(CorsPolicyName, policy => policy
            .WithOrigins(origins)
            .WithMethods("GET", "POST", "PUT", "PATCH", "DELETE")
            .WithHeaders("Authorization", "Content-Type", CorrelationIdMiddleware.HeaderName)
            .WithExposedHeaders(CorrelationIdMiddleware.HeaderName, "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "Retry-After")));
        return services;
    }

    /// <summary>
    /// In memory by default; in AWS (<c>RateLimiting:Backend</c> / <c>Authentication:Jwt:RevocationBackend</c> =
    /// redis) in the shared Redis of <c>Cache:Redis</c>, so limits and revocations hold across instances.
    /// </summary>
    private static void AddSharedCacheAdapters(IServiceCollection services, IConfiguration configuration)
    {
        var redis = configuration.GetSection("Cache:Redis").Get<RedisQueryCacheOptions>() ?? new RedisQueryCacheOptions();
        if (string.Equals(configuration["RateLimiting:Backend"], "redis", StringComparison.OrdinalIgnoreCase))
        {
            services.TryAddSingleton<IRateLimitStore>(sp => new RedisRateLimitStore(
                redis with { KeyPrefix = "md:rl:" },
                new InMemoryRateLimitStore(sp.GetRequiredService<TimeProvider>()),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<RedisRateLimitStore>>()));
        }
        if (string.Equals(configuration[AccessTokenOptions.SectionName + ":RevocationBackend"], "redis", StringComparison.OrdinalIgnoreCase))
        {
            services.TryAddSingleton<IRevokedTokens>(sp => new RedisRevokedTokens(
                redis with { KeyPrefix = "md:revoked:" }, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<RedisRevokedTokens>>()));
        }
        services.TryAddSingleton<IRevokedTokens, InMemoryRevokedTokens>();
        services.TryAddSingleton<IRateLimitStore, InMemoryRateLimitStore>();
    }

    /// <summary>Order matters: headers on every response, CORS preflights answered before any limit, the rate
    /// limit before the access check (so floods of bad tokens are throttled too).</summary>
    public static WebApplication UseApiSecurity(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseCors(CorsPolicyName);
        app.UseMiddleware<RateLimitingMiddleware>();
        app.UseMiddleware<AccessPolicyMiddleware>();
        return app;
    }
}
