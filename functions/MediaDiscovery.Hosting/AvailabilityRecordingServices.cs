using MediaDiscovery.Core.Availability;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Embedded.Search;
using MediaDiscovery.Hosting.ContentChanges;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MediaDiscovery.Hosting;

/// <summary>
/// The one way availability changes after ingest (<see cref="IAvailabilityRecorder"/>, with the change log) and the
/// consumers of its changes: query-cache invalidation (when this process has a query cache) and watchlist
/// notifications (through the user store). Options: <c>Availability:Recorder</c> (<see cref="AvailabilityRecorderOptions"/>).
/// </summary>
public static class AvailabilityRecordingServices
{
    public static IServiceCollection AddAvailabilityRecording(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(d => d.ServiceType == typeof(IAvailabilityRecorder)))
            return services;
        services.AddCatalog(configuration);
        services.AddAvailabilityChangeLog(configuration);
        services.AddUserStore(configuration);
        services.AddSingleton(configuration.GetSection("Availability:Recorder").Get<AvailabilityRecorderOptions>() ?? new AvailabilityRecorderOptions());
        services.AddSingleton<IAvailabilityRecorder, AvailabilityRecorder>();

        // Consumers are resolved when the dispatcher starts, after every function has registered its services, so
        // optional ones (the query cache comes with search, the user store with users) are looked up there.
        services.AddSingleton<IContentChangeConsumer>(sp => sp.GetService<IQueryCache>() is { } cache
            ? new QueryCacheInvalidation(cache, sp.GetService<SearchIndexes>(), sp.GetRequiredService<ILogger<QueryCacheInvalidation>>())
            : NoConsumer.Instance);
        services.AddSingleton<IContentChangeConsumer>(sp => sp.GetService<IUserStore>() is { } users
            ? ActivatorUtilities.CreateInstance<WatchlistNotifier>(sp, users)
            : NoConsumer.Instance);
        return services;
    }
}
