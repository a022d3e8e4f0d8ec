using MediaDiscovery.Core.Catalog.Ingestion;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.AspNetCore.Http.Json;

namespace MediaDiscovery.PlatformSimulator;

/// <summary>
/// Registers the simulator: <c>Simulator:CatalogDirectory</c> (default <c>CatalogSync:Directory</c>) holds the
/// platform exports it serves; <c>Simulator:ApiKeys:&lt;platform&gt;</c> optionally requires an <c>X-Api-Key</c>.
/// </summary>
public static class PlatformSimulatorServices
{
    public static IServiceCollection AddPlatformSimulator(this IServiceCollection services, IConfiguration configuration)
    {
        // The feed reader only: the simulator keeps its platforms in memory, not in the catalog store.
        services.TryAddSingleton(CatalogTaxonomy.Default);
        services.TryAddSingleton(IngestionLimits.Default);
        services.TryAddSingleton<CatalogIngestion>();
        services.AddSingleton(sp => new PlatformSimulator(
            sp.GetRequiredService<CatalogIngestion>(),
            configuration["Simulator:CatalogDirectory"] ?? configuration["CatalogSync:Directory"]));
        services.Configure<JsonOptions>(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, PlatformSimulatorJsonContext.Default));
        return services;
    }
}
