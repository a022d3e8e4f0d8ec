using MediaDiscovery.Core.Availability;
using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Webhooks;
using MediaDiscovery.Testing;
using MediaDiscovery.Testing.Availability;

namespace MediaDiscovery.Core.Tests.Webhooks;

public sealed class WebhookMessageProcessorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    private readonly InMemoryCatalogStore store = new();
    private readonly InMemoryAvailabilityChangeLog log = new();
    private readonly CountingRefresh refresh = new();
    private readonly Title office = SampleTitles.Series("The Office", 2005, ("netflix", "s1"));
    private readonly WebhookMessageProcessor processor;

    public WebhookMessageProcessorTests() =>
        processor = new WebhookMessageProcessor(store, new AvailabilityRecorder(store, log, new CapturingPublisher(), new FixedClock(Now)), refresh);

    private static WebhookMessage Message(string id, string showId, bool available, DateTimeOffset at) =>
        new(id, new AvailabilityChangedWebhook("netflix", showId, available, at, new Uri("https://netflix.example/s1"), "subscription", "US"), Now);

    [Fact]
    public async Task A_known_external_id_is_recorded_as_a_webhook_observation()
    {
        await store.PutAsync([new TitleWrite(office, 0)]);

        var result = await processor.ApplyAsync(Message("msg_1", "s1", false, Now.AddMinutes(-1)));

        Assert.Equal(WebhookApplication.Recorded, result);
        var change = Assert.Single(log.All);
        Assert.Equal((office.Id, AvailabilityChangeKind.Removed, AvailabilitySource.Webhook), (change.TitleId, change.Kind, change.Source));
        Assert.Equal(0, refresh.Requests);
    }

    [Fact]
    public async Task An_unknown_external_id_requests_a_catalog_refresh_and_asks_to_be_retried()
    {
        await store.PutAsync([new TitleWrite(office, 0)]);

        var result = await processor.ApplyAsync(Message("msg_1", "s404", true, Now.AddMinutes(-1)));

        Assert.Equal(WebhookApplication.UnknownTitle, result);
        Assert.Equal(1, refresh.Requests);
        Assert.Contains("netflix:s404", refresh.LastReason, StringComparison.Ordinal);
        Assert.Empty(log.All);
    }

    [Fact]
    public async Task The_same_message_twice_changes_once()
    {
        await store.PutAsync([new TitleWrite(office, 0)]);
        var message = Message("msg_1", "s1", false, Now.AddMinutes(-1));

        await processor.ApplyAsync(message);
        await processor.ApplyAsync(message);

        Assert.Single(log.All);
        Assert.Equal(2, (await store.GetAsync(office.Id))!.Version);
    }

    private sealed class CountingRefresh : ICatalogRefreshRequester
    {
        public int Requests { get; private set; }

        public string LastReason { get; private set; } = "";

        public Task RequestAsync(string platform, string reason, CancellationToken ct = default)
        {
            Requests++;
            LastReason = reason;
            return Task.CompletedTask;
        }
    }
}
