using MediaDiscovery.Core.Availability.Feed;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Search;
using MediaDiscovery.Hosting;
using MediaDiscovery.Hosting.Availability;
using MediaDiscovery.Hosting.Intent;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection.Extensions;

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
        services.AddUserStore(configuration);
        services.TryAddSingleton<PersonalSearchProfiles>();
        AddOnDemandAvailability(services, configuration);
        AddChangesFeed(services, configuration);
        services.Configure<JsonOptions>(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, SearchJsonContext.Default));
        return services;
    }

    // The top results' availability is verified through the platform adapters and recorded like any observation.
    private static void AddOnDemandAvailability(IServiceCollection services, IConfiguration configuration)
    {
        services.AddAvailabilityRecording(configuration);
        services.AddPlatformAdapters(configuration);
        services.TryAddSingleton(OnDemandAvailabilityOptions.From(configuration));
        services.TryAddSingleton<OnDemandRecordingQueue>();
        services.TryAddSingleton<OnDemandAvailability>();
        services.AddHostedService<OnDemandRecorder>();
    }

    private static void AddChangesFeed(IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(configuration.GetSection("Changes").Get<AvailabilityFeedOptions>() ?? new AvailabilityFeedOptions());
        services.TryAddSingleton(sp => new AvailabilityFeed(
            sp.GetRequiredService<ICatalogStore>(), sp.GetRequiredService<IAvailabilityChangeLog>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<AvailabilityFeedOptions>()));
        services.AddSingleton<IContentChangeConsumer, AvailabilityFeedRefresh>();
    }

    public static IEndpointRouteBuilder MapSearchFunction(this IEndpointRouteBuilder app)
    {
        app.MapCatalogApi();
        app.MapSearchApi();
        app.MapDiscoveryApi();
        app.MapChangesApi();
        return app;
    }
}
