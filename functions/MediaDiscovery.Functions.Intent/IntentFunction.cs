using MediaDiscovery.Hosting;
using MediaDiscovery.Hosting.Intent;
using Microsoft.AspNetCore.Http.Json;

namespace MediaDiscovery.Functions.Intent;

/// <summary>The Intent function: natural-language queries to structured intents (rules locally, Bedrock in AWS).</summary>
public static class IntentFunction
{
    public static IServiceCollection AddIntentFunction(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<JsonOptions>(o => o.SerializerOptions.TypeInfoResolverChain.Add(IntentJsonContext.Default));
        return services.AddCatalog(configuration).AddIntentExtraction(configuration);
    }

    public static IEndpointRouteBuilder MapIntentFunction(this IEndpointRouteBuilder app) => app.MapIntentApi();
}
