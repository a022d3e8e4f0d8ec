using MediaDiscovery.Core.Availability.Sweep;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Embedded.Availability;
using MediaDiscovery.Hosting;
using MediaDiscovery.Hosting.Availability;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MediaDiscovery.Functions.Availability;

/// <summary>
/// The Availability function: availability reads, and the sweep's tasks at the events path (Step Functions in
/// AWS; <see cref="InProcessSweepOrchestrator"/> locally). Options: <c>Availability:Platforms</c> (adapters),
/// <c>Availability:Sweep</c> (<see cref="SweepPlanningOptions"/> and <see cref="SweepOrchestrationOptions"/>).
/// </summary>
public static class AvailabilityFunction
{
    public static IServiceCollection AddAvailabilityFunction(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCatalog(configuration);
        services.AddAvailabilityRecording(configuration);
        services.TryAddSingleton<IAvailabilityChangeLog, InMemoryAvailabilityChangeLog>();
        services.AddPlatformAdapters(configuration);
        services.TryAddSingleton(configuration.GetSection("Availability:Sweep").Get<SweepPlanningOptions>() ?? new SweepPlanningOptions());
        services.TryAddSingleton(configuration.GetSection("Availability:Sweep").Get<SweepOrchestrationOptions>() ?? new SweepOrchestrationOptions());
        services.TryAddSingleton<AvailabilitySweep>();
        services.TryAddSingleton<InProcessSweepOrchestrator>();
        services.Configure<JsonOptions>(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, AvailabilityJsonContext.Default));
        return services;
    }

    /// <summary>The in-process schedule (LocalHost); in AWS an EventBridge rule starts the state machine.</summary>
    public static IServiceCollection AddAvailabilitySweepSchedule(this IServiceCollection services) =>
        services.AddHostedService<AvailabilitySweepSchedule>();

    public static IEndpointRouteBuilder MapAvailabilityFunction(this IEndpointRouteBuilder app, string eventsPath = "/events")
    {
        app.MapAvailabilityApi();
        app.MapSweepEventsApi(eventsPath);
        return app;
    }
}
