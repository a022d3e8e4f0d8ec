using MediaDiscovery.Hosting;
using MediaDiscovery.Hosting.Caching;
using MediaDiscovery.Hosting.Recommendations;
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
        services.AddUserStore(configuration);
        services.AddRecommendationEngine(configuration);
        services.AddQueryCache(configuration);
        services.TryAddSingleton(configuration.GetSection("Recommendations").Get<RecommendationsApiOptions>() ?? new RecommendationsApiOptions());
        services.TryAddSingleton<RecommendationCache>();
        services.TryAddSingleton<CatalogTitleViews>();
        services.TryAddSingleton<RecommendationLists>();
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
