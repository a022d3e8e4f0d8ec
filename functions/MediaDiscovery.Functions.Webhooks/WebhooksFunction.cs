using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Webhooks;
using MediaDiscovery.Embedded.Webhooks;
using MediaDiscovery.Hosting;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MediaDiscovery.Functions.Webhooks;

/// <summary>
/// The Webhooks function: signed availability webhooks in, a durable queue, and the consumer that records them.
/// Embedded: the queue is <c>webhooks.db</c> in <c>Storage:DataDirectory</c> (options <c>Webhooks:Queue</c>), drained
/// in process.
/// </summary>
public static class WebhooksFunction
{
    public static IServiceCollection AddWebhooksFunction(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCatalog(configuration);
        services.AddAvailabilityRecording(configuration);
        services.AddSingleton<WebhookVerifiers>();
        services.AddSingleton<WebhookPayloadParser>();
        services.AddSingleton<WebhookMessageProcessor>();
        // CatalogSync, when it runs in the same process, registers the real one.
        services.TryAddSingleton<ICatalogRefreshRequester, UnwiredCatalogRefresh>();

        var options = configuration.GetSection("Webhooks:Queue").Get<WebhookQueueOptions>() ?? new WebhookQueueOptions();
        services.AddSingleton(sp => SqliteWebhookQueue.OpenAsync(
            Path.Combine(CatalogServices.DataDirectory(configuration), "webhooks.db"), options, sp.GetRequiredService<TimeProvider>()).GetAwaiter().GetResult());
        services.AddSingleton<IWebhookQueue>(sp => sp.GetRequiredService<SqliteWebhookQueue>());
        services.AddHostedService<WebhookQueueConsumer>();

        services.Configure<JsonOptions>(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, WebhooksJsonContext.Default));
        return services;
    }

    public static IEndpointRouteBuilder MapWebhooksFunction(this IEndpointRouteBuilder app) => app.MapWebhooksApi();
}
