using Amazon.Runtime;
using MediaDiscovery.Aws.Sqs;
using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Embedded.Changes;
using MediaDiscovery.Hosting.ContentChanges;
using MediaDiscovery.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MediaDiscovery.Hosting.Tests.ContentChanges;

public sealed class ContentChangePublishingTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Without_a_queue_url_the_in_process_queue_is_the_publisher()
    {
        using var provider = Catalog(new Dictionary<string, string?>());

        var publisher = provider.GetRequiredService<IContentChangePublisher>();

        Assert.Same(provider.GetRequiredService<InProcessContentChangeQueue>(), publisher);
        Assert.Null(provider.GetService<SqsContentChangePublisher>());
    }

    [Fact]
    public void With_the_stacks_queue_variables_changes_go_to_sqs_and_the_local_queue()
    {
        // The names the CDK stack sets: ContentChanges__Sqs__QueueUrl and ContentChanges__Sqs__Region.
        using var provider = Catalog(new Dictionary<string, string?>
        {
            ["ContentChanges:Sqs:QueueUrl"] = "https://sqs.eu-west-1.amazonaws.com/123456789012/content-changes",
            ["ContentChanges:Sqs:Region"] = "eu-west-1",
        });

        var publisher = Assert.IsType<FanOutContentChangePublisher>(provider.GetRequiredService<IContentChangePublisher>());

        Assert.Same(provider.GetRequiredService<SqsContentChangePublisher>(), publisher.Durable);
        var options = provider.GetRequiredService<SqsPublisherOptions>();
        Assert.Equal("eu-west-1", options.Region);
        Assert.Equal(new Uri("https://sqs.eu-west-1.amazonaws.com/"), options.ServiceUri);
        Assert.Equal("/123456789012/content-changes", options.QueueUrl?.AbsolutePath);
    }

    [Fact]
    public void A_queue_url_that_is_not_a_url_is_a_clear_startup_error()
    {
        var configuration = Configuration(new Dictionary<string, string?> { ["ContentChanges:Sqs:QueueUrl"] = "content-changes" });

        var error = Assert.Throws<InvalidOperationException>(() => ContentChangePublishing.SqsOptions(configuration));

        Assert.Contains("ContentChanges:Sqs:QueueUrl", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fan_out_publishes_durably_first_then_locally()
    {
        var durable = new CapturingPublisher();
        var local = new InProcessContentChangeQueue();
        var change = new ContentChange("t_000000000000000a", ContentChangeKind.AvailabilityRemoved, "netflix", At, "sync");

        await new FanOutContentChangePublisher(durable, local).PublishAsync([change]);

        Assert.Equal([change], durable.Published);
        Assert.True(local.Reader.TryRead(out var queued));
        Assert.Equal(change, queued);
    }

    [Fact]
    public async Task Fan_out_does_not_publish_locally_when_the_durable_publish_fails()
    {
        var local = new InProcessContentChangeQueue();
        var change = new ContentChange("t_000000000000000a", ContentChangeKind.TitleAdded, null, At, "sync");

        await Assert.ThrowsAsync<SqsPublishException>(() =>
            new FanOutContentChangePublisher(new FailingPublisher(), local).PublishAsync([change]));

        Assert.False(local.Reader.TryRead(out _));
    }

    private static ServiceProvider Catalog(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<AWSCredentials>(new BasicAWSCredentials("test-key", "test-secret"));
        services.AddCatalog(Configuration(settings));
        return services.BuildServiceProvider();
    }

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

    private sealed class FailingPublisher : IContentChangePublisher
    {
        public Task PublishAsync(IReadOnlyList<ContentChange> changes, CancellationToken ct = default) =>
            throw new SqsPublishException("SQS could not be reached.");
    }
}
