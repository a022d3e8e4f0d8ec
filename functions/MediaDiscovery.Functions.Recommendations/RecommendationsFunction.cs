using MediaDiscovery.Hosting;
using MediaDiscovery.Hosting.Caching;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MediaDiscovery.Functions.Recommendations;

/// <summary>
/// The Recommendations function: users' events, watchlist, preferences, notifications, export and erasure, and
/// their recommendation lists (cached per user; <c>Recommendations:CacheTtl</c>, default one hour).
/// </summary>
public static class RecommendationsFunction
{
    public static IServiceCollection AddRecommendationsFunction(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCatalog(configuration);
        services.AddQueryCache(configuration);
        services.TryAddSingleton(configuration.GetSection("Recommendations").Get<RecommendationsOptions>() ?? new RecommendationsOptions());
        services.TryAddSingleton<RecommendationCache>();
        services.TryAddSingleton<CatalogTitleViews>();
        services.Configure<JsonOptions>(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, RecommendationsJsonContext.Default));
        return services;
    }

    public static IEndpointRouteBuilder MapRecommendationsFunction(this IEndpointRouteBuilder app)
    {
        app.MapUserEventsApi();
        app.MapUserDataApi();
        app.MapRecommendationsApi();
        return app;
    }
}
