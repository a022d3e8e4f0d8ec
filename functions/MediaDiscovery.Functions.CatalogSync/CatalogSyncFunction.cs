using MediaDiscovery.Core.Ports;
using MediaDiscovery.Hosting;

namespace MediaDiscovery.Functions.CatalogSync;

/// <summary>The CatalogSync function: pulls the platform feeds and applies their delta to the catalog.</summary>
public static class CatalogSyncFunction
{
    public static IServiceCollection AddCatalogSyncFunction(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCatalog(configuration);
        services.AddHttpClient("catalog-feeds", c => c.Timeout = TimeSpan.FromMinutes(2));
        services.AddSingleton<CatalogSourcesFactory>();
        services.AddSingleton<CatalogSyncRunner>();
        // Wins over the Webhooks function's log-only default in a process that hosts both.
        services.AddSingleton<ICatalogRefreshRequester, CatalogSyncRefreshRequester>();
        return services;
    }

    /// <summary>The in-process schedule (LocalHost); in AWS an EventBridge rule posts to the events path.</summary>
    public static IServiceCollection AddCatalogSyncSchedule(this IServiceCollection services) =>
        services.AddHostedService<CatalogSyncSchedule>();

    public static IEndpointRouteBuilder MapCatalogSyncFunction(this IEndpointRouteBuilder app, string eventsPath = "/events") =>
        app.MapCatalogSyncApi(eventsPath);
}
