using MediaDiscovery.Hosting;

namespace MediaDiscovery.Functions.Availability;

/// <summary>The Availability function: availability reads now; adapters, sweep and checks join with their issue.</summary>
public static class AvailabilityFunction
{
    public static IServiceCollection AddAvailabilityFunction(this IServiceCollection services, IConfiguration configuration) =>
        services.AddCatalog(configuration);

    public static IEndpointRouteBuilder MapAvailabilityFunction(this IEndpointRouteBuilder app) => app.MapAvailabilityApi();
}
