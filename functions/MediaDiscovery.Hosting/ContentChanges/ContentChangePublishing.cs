using Amazon.Runtime;
using MediaDiscovery.Aws.Sqs;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Embedded.Changes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MediaDiscovery.Hosting.ContentChanges;

/// <summary>
/// Where content changes are published: with <c>ContentChanges:Sqs:QueueUrl</c> (and <c>:Region</c>, set by the
/// CDK stack) to that SQS queue and to the in-process queue; without it, to the in-process queue alone. Requests
/// are signed with a registered <see cref="AWSCredentials"/> if any (tests), else the SDK's default chain.
/// </summary>
public static class ContentChangePublishing
{
    public static IServiceCollection AddContentChangePublishing(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<InProcessContentChangeQueue>();
        services.AddHostedService<ContentChangeDispatcher>();
        var sqs = SqsOptions(configuration);
        if (sqs is null)
        {
            services.AddSingleton<IContentChangePublisher>(sp => sp.GetRequiredService<InProcessContentChangeQueue>());
            return services;
        }
        services.AddSingleton(sqs);
        services.AddSingleton(sp => new SqsContentChangePublisher(
            SqsContentChangePublisher.CreateHttpClient(sqs, sp.GetService<AWSCredentials>()), sqs, sp.GetService<TimeProvider>()));
        services.AddSingleton<IContentChangePublisher>(sp => new FanOutContentChangePublisher(
            sp.GetRequiredService<SqsContentChangePublisher>(), sp.GetRequiredService<InProcessContentChangeQueue>()));
        return services;
    }

    /// <summary>The SQS publisher's options, or null when no queue is configured.</summary>
    public static SqsPublisherOptions? SqsOptions(IConfiguration configuration)
    {
        var section = configuration.GetSection("ContentChanges:Sqs");
        var queueUrl = section["QueueUrl"];
        if (string.IsNullOrWhiteSpace(queueUrl))
            return null;
        if (!Uri.TryCreate(queueUrl, UriKind.Absolute, out var queue))
            throw new InvalidOperationException($"ContentChanges:Sqs:QueueUrl must be an absolute URL, not '{queueUrl}'.");
        var endpoint = section["Endpoint"];
        return new SqsPublisherOptions
        {
            QueueUrl = queue,
            Region = section["Region"] is { Length: > 0 } region ? region : "us-east-1",
            Endpoint = string.IsNullOrWhiteSpace(endpoint) ? null : new Uri(endpoint, UriKind.Absolute),
        };
    }
}
