using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Amazon.Runtime;
using MediaDiscovery.Aws.Http;
using MediaDiscovery.Aws.Sqs;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace MediaDiscovery.LocalHost.Tests.Webhooks;

/// <summary>The AWS path: an SQS batch of queued webhooks posted to the events path, and an SQS queue that refuses.</summary>
public sealed class WebhookEventsTests
{
    [Fact]
    public async Task An_sqs_batch_applies_good_and_duplicate_records_and_names_only_the_poison_one()
    {
        await using var host = new WebhookHost();
        var client = await host.ReadyClientAsync();
        var title = await host.TitleAsync("Stranger Things");
        var showId = title.Availability.Single(a => a.Platform == "netflix").ShowId;
        var now = DateTimeOffset.UtcNow;
        var good = JsonSerializer.Serialize(
            new WebhookMessage("msg_events_1", new AvailabilityChangedWebhook("netflix", showId, false, now, null, null, null), now),
            WebhookMessageJsonContext.Default.WebhookMessage);
        var changesBefore = (await host.Changes.ListForTitleAsync(title.Id, 100)).Count;
        var records = new[]
        {
            new { messageId = "m-good", body = good },
            // A standard queue may deliver the same webhook twice: the recorder makes the second a no-op.
            new { messageId = "m-duplicate", body = good },
            new { messageId = "m-poison", body = "{not json" },
        };

        var response = await PostEventAsync(client, JsonSerializer.Serialize(new { Records = records }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var failures = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("batchItemFailures").EnumerateArray()
            .Select(f => f.GetProperty("itemIdentifier").GetString()).ToList();
        Assert.Equal(["m-poison"], failures);
        Assert.False((await host.Store.GetAsync(title.Id))!.Availability.Single(a => a.Platform == "netflix").Available);
        Assert.Equal(changesBefore + 1, (await host.Changes.ListForTitleAsync(title.Id, 100)).Count);
    }

    [Fact]
    public async Task A_record_for_an_unknown_title_is_a_batch_item_failure_and_a_malformed_event_a_400()
    {
        await using var host = new WebhookHost();
        var client = await host.ReadyClientAsync();
        var now = DateTimeOffset.UtcNow;
        var unknown = JsonSerializer.Serialize(
            new WebhookMessage("msg_events_2", new AvailabilityChangedWebhook("netflix", "s999999999", true, now, null, null, null), now),
            WebhookMessageJsonContext.Default.WebhookMessage);

        var response = await PostEventAsync(client, JsonSerializer.Serialize(new { Records = new[] { new { messageId = "m-unknown", body = unknown } } }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("m-unknown", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await ProblemAssert.IsProblemAsync(await PostEventAsync(client, "[1,2"), HttpStatusCode.BadRequest, "malformed-request");
    }

    [Fact]
    public async Task A_webhook_sqs_does_not_take_gets_a_503_problem_not_a_202()
    {
        var options = new SqsPublisherOptions
        {
            QueueUrl = new Uri("https://sqs.eu-west-1.amazonaws.com/123456789012/webhook-events"),
            Region = "eu-west-1",
            Endpoint = new Uri($"http://127.0.0.1:{FreePort()}/"),
            Retry = new HttpRetryOptions { MaxRetries = 0 },
        };
        await using var host = new WebhookHost(services => services.AddSingleton<IWebhookQueue>(
            new SqsWebhookQueue(SqsContentChangePublisher.CreateHttpClient(options, new BasicAWSCredentials("AKIDEXAMPLE", "secret")), options)));
        var client = await host.ReadyClientAsync();
        var title = await host.TitleAsync("Stranger Things");
        var showId = title.Availability.Single(a => a.Platform == "netflix").ShowId;

        var response = await client.SendAsync(SignedWebhooks.Request("netflix", "msg_unqueued_1", SignedWebhooks.Body("netflix:" + showId, false, DateTimeOffset.UtcNow)));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.ServiceUnavailable, "unavailable");
        Assert.NotNull(response.Headers.RetryAfter);
    }

    private static Task<HttpResponseMessage> PostEventAsync(HttpClient client, string json) =>
        client.PostAsync(new Uri("/events/webhooks", UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
