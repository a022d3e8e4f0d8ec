using MediaDiscovery.Core.Search;
using MediaDiscovery.Hosting;
using MediaDiscovery.Hosting.Intent;
using Microsoft.AspNetCore.Http.Json;

namespace MediaDiscovery.Functions.Search;

/// <summary>The Search function: hybrid search, suggestions, similar titles, trending and the catalog reads.</summary>
public static class SearchFunction
{
    public static IServiceCollection AddSearchFunction(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCatalog(configuration);
        services.AddIntentExtraction(configuration);
        services.AddSearchBackends(configuration);
        services.AddSingleton<CatalogVersionSource>();
        services.AddSingleton<SearchService>();
        services.Configure<JsonOptions>(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, SearchJsonContext.Default));
        return services;
    }

    public static IEndpointRouteBuilder MapSearchFunction(this IEndpointRouteBuilder app)
    {
        app.MapCatalogApi();
        app.MapSearchApi();
        app.MapDiscoveryApi();
        return app;
    }
}
