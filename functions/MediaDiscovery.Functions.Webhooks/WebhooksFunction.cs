using MediaDiscovery.Aws.Sqs;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Webhooks;
using MediaDiscovery.Embedded.Webhooks;
using MediaDiscovery.Hosting;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MediaDiscovery.Functions.Webhooks;

/// <summary>
/// The Webhooks function: signed availability webhooks in, a durable queue, and the consumer that records them.
/// With <c>Webhooks:Queue:QueueUrl</c> set (AWS; the CDK stack sets it and <c>Webhooks:Queue:Region</c>) the queue is
/// SQS and its event source posts batches back to the events path; otherwise it is <c>webhooks.db</c> in
/// <c>Storage:DataDirectory</c> (options <c>Webhooks:Queue</c>), drained in process.
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

        if (!string.IsNullOrWhiteSpace(configuration["Webhooks:Queue:QueueUrl"]))
        {
            // In AWS: SQS holds the messages; its event source calls the events path with batches.
            var sqs = configuration.GetSection("Webhooks:Queue").Get<SqsPublisherOptions>()!;
            services.AddSingleton<IWebhookQueue>(sp => new SqsWebhookQueue(SqsContentChangePublisher.CreateHttpClient(sqs), sqs, sp.GetRequiredService<TimeProvider>()));
        }
        else
        {
            AddEmbeddedQueue(services, configuration);
        }

        services.Configure<JsonOptions>(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, WebhooksJsonContext.Default));
        return services;
    }

    /// <param name="eventsPath">Where SQS batches of queued webhooks arrive (the AWS consumer).</param>
    public static IEndpointRouteBuilder MapWebhooksFunction(this IEndpointRouteBuilder app, string eventsPath = "/events") =>
        app.MapWebhooksApi().MapWebhookEventsApi(eventsPath);

    private static void AddEmbeddedQueue(IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Webhooks:Queue").Get<WebhookQueueOptions>() ?? new WebhookQueueOptions();
        services.AddSingleton(sp => SqliteWebhookQueue.OpenAsync(
            Path.Combine(CatalogServices.DataDirectory(configuration), "webhooks.db"), options, sp.GetRequiredService<TimeProvider>()).GetAwaiter().GetResult());
        services.AddSingleton<IWebhookQueue>(sp => sp.GetRequiredService<SqliteWebhookQueue>());
        services.AddHostedService<WebhookQueueConsumer>();
    }
}
