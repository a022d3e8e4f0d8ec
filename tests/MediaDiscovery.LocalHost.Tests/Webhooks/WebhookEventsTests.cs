using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MediaDiscovery.Core.Webhooks;

namespace MediaDiscovery.LocalHost.Tests.Webhooks;

/// <summary>The AWS consumer path: an SQS batch of queued webhooks posted to the events path.</summary>
public sealed class WebhookEventsTests
{
    [Fact]
    public async Task An_sqs_batch_applies_what_it_can_and_names_the_rest_as_batch_item_failures()
    {
        await using var host = new WebhookHost();
        var client = await host.ReadyClientAsync();
        var title = await host.TitleAsync("Stranger Things");
        var showId = title.Availability.Single(a => a.Platform == "netflix").ShowId;
        var now = DateTimeOffset.UtcNow;
        string Body(string id, string show) => JsonSerializer.Serialize(
            new WebhookMessage(id, new AvailabilityChangedWebhook("netflix", show, false, now, null, null, null), now),
            WebhookMessageJsonContext.Default.WebhookMessage);
        var records = new[]
        {
            new { messageId = "m1", body = Body("msg_1", showId) },
            new { messageId = "m2", body = Body("msg_2", "s999999") },
            new { messageId = "m3", body = "{not json" },
        };
        var sqsEvent = JsonSerializer.Serialize(new { Records = records });

        var response = await client.PostAsync(new Uri("/events/webhooks", UriKind.Relative), new StringContent(sqsEvent, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var failures = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("batchItemFailures").EnumerateArray()
            .Select(f => f.GetProperty("itemIdentifier").GetString()).ToList();
        Assert.Equal(["m2", "m3"], failures);
        Assert.False((await host.Store.GetAsync(title.Id))!.Availability.Single(a => a.Platform == "netflix").Available);

        var malformed = await client.PostAsync(new Uri("/events/webhooks", UriKind.Relative), new StringContent("[1,2", Encoding.UTF8, "application/json"));
        await ProblemAssert.IsProblemAsync(malformed, HttpStatusCode.BadRequest, "malformed-request");
    }
}
