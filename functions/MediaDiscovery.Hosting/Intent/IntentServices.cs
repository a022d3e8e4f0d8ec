using MediaDiscovery.Aws.Intent;
using MediaDiscovery.Core.Catalog.Ingestion;
using MediaDiscovery.Core.Intent;
using MediaDiscovery.Core.Ports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MediaDiscovery.Hosting.Intent;

/// <summary>
/// Intent extraction on the configured backend: <c>Intent:Extractor</c> = <c>rules</c> (the embedded default) or
/// <c>bedrock</c> (Bedrock Converse within a time budget, the rules as fallback; options under <c>Intent:Bedrock</c>).
/// </summary>
public static class IntentServices
{
    public static IServiceCollection AddIntentExtraction(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(d => d.ServiceType == typeof(IntentGazetteerProvider)))
            return services;
        services.AddCatalog(configuration);
        services.AddSingleton<IntentGazetteerProvider>();
        services.AddSingleton<IIntentGazetteerSource>(sp => sp.GetRequiredService<IntentGazetteerProvider>());
        services.AddSingleton(sp => new RulesIntentExtractor(sp.GetRequiredService<IIntentGazetteerSource>(), sp.GetRequiredService<TimeProvider>()));
        var extractor = configuration["Intent:Extractor"] ?? "rules";
        switch (extractor.ToLowerInvariant())
        {
            case "rules":
                services.AddSingleton<IIntentExtractor>(sp => sp.GetRequiredService<RulesIntentExtractor>());
                break;
            case "bedrock":
                AddBedrock(services, configuration);
                break;
            default:
                throw new InvalidOperationException($"Intent:Extractor must be 'rules' or 'bedrock', not '{extractor}'.");
        }
        return services;
    }

    private static void AddBedrock(IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Intent:Bedrock").Get<BedrockIntentOptions>() ?? new BedrockIntentOptions();
        services.AddSingleton(options);
        services.AddSingleton(sp => new BedrockIntentExtractor(
            BedrockHttpClient.Create(options),
            options,
            sp.GetRequiredService<CatalogTaxonomy>(),
            sp.GetRequiredService<IIntentGazetteerSource>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IIntentExtractor>(sp => new FallbackIntentExtractor(
            sp.GetRequiredService<BedrockIntentExtractor>(), sp.GetRequiredService<RulesIntentExtractor>()));
    }
}
