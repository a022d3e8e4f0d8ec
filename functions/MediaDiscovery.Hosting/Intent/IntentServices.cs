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
        services.AddSingleton<IIntentExtractor>(sp => sp.GetRequiredService<RulesIntentExtractor>());
        return services;
    }
}
