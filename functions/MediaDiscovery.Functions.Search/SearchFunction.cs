using MediaDiscovery.Hosting;

namespace MediaDiscovery.Functions.Search;

/// <summary>The Search function: catalog reads now; hybrid search joins it with its own issue.</summary>
public static class SearchFunction
{
    public static IServiceCollection AddSearchFunction(this IServiceCollection services, IConfiguration configuration) =>
        services.AddCatalog(configuration);

    public static IEndpointRouteBuilder MapSearchFunction(this IEndpointRouteBuilder app) => app.MapCatalogApi();
}
