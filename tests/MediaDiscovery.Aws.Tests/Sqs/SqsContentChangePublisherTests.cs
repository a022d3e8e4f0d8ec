using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using MediaDiscovery.Aws.Http;
using MediaDiscovery.Aws.Sqs;
using MediaDiscovery.Aws.Tests.Fixtures;
using MediaDiscovery.Aws.Tests.Http;
using MediaDiscovery.Core.Catalog;

namespace MediaDiscovery.Aws.Tests.Sqs;

public sealed class SqsContentChangePublisherTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    private static readonly SqsPublisherOptions Options = new()
    {
        QueueUrl = new Uri("https://sqs.eu-west-1.amazonaws.com/123456789012/content-changes"),
        Region = "eu-west-1",
        Retry = new HttpRetryOptions { MaxRetries = 2, FirstDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(5) },
    };

    [Fact]
    public async Task A_change_is_sent_with_the_json_protocol_as_one_batch_entry()
    {
        var endpoint = new CapturingHandler(_ => AllSucceeded());
        var change = new ContentChange("t_0123456789abcdef", ContentChangeKind.AvailabilityAdded, "netflix", At, "webhook");

        await new SqsContentChangePublisher(new HttpClient(endpoint), Options).PublishAsync([change]);

        var sent = Assert.Single(endpoint.Requests);
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Equal("https://sqs.eu-west-1.amazonaws.com/", sent.Uri.AbsoluteUri);
        Assert.Equal("AmazonSQS.SendMessageBatch", sent.Headers["X-Amz-Target"]);
        Assert.Equal("application/x-amz-json-1.0", sent.Headers["Content-Type"]);
        JsonAssert.Equal("""
            {
              "QueueUrl": "https://sqs.eu-west-1.amazonaws.com/123456789012/content-changes",
              "Entries": [ { "Id": "0", "MessageBody": "{\"titleId\":\"t_0123456789abcdef\",\"kind\":\"AvailabilityAdded\",\"platform\":\"netflix\",\"at\":\"2026-11-22T10:00:00+00:00\",\"source\":\"webhook\"}" } ]
            }
            """, sent.Body);
        Assert.Equal(change, ContentChangeMessages.Deserialize(Bodies(sent).Single()));
    }

    [Fact]
    public async Task Changes_go_in_batches_of_at_most_ten_in_order()
    {
        var endpoint = new CapturingHandler(_ => AllSucceeded());
        var changes = Enumerable.Range(0, 25).Select(i => Change($"t_{i:x16}")).ToList();

        await new SqsContentChangePublisher(new HttpClient(endpoint), Options).PublishAsync(changes);

        Assert.Equal([10, 10, 5], endpoint.Requests.Select(r => Bodies(r).Count));
        var sentIds = endpoint.Requests.SelectMany(Bodies).Select(b => ContentChangeMessages.Deserialize(b).TitleId);
        Assert.Equal(changes.Select(c => c.TitleId), sentIds);
    }

    [Fact]
    public async Task A_batch_never_carries_more_than_256_KiB_of_bodies()
    {
        var endpoint = new CapturingHandler(_ => AllSucceeded());
        // About 60 KB each: four fit in one batch, a fifth does not.
        var changes = Enumerable.Range(0, 6).Select(i => Change($"t_{i:x16}") with { Source = new string('s', 60_000) }).ToList();

        await new SqsContentChangePublisher(new HttpClient(endpoint), Options).PublishAsync(changes);

        Assert.Equal([4, 2], endpoint.Requests.Select(r => Bodies(r).Count));
        Assert.All(endpoint.Requests, r => Assert.True(Bodies(r).Sum(b => System.Text.Encoding.UTF8.GetByteCount(b)) <= 262_144));
    }

    [Fact]
    public async Task Entries_sqs_failed_on_its_side_are_resent_alone()
    {
        var endpoint = new CapturingHandler(CapturingHandler.Json(Fixture.Read("Sqs/send-message-batch-partial.json")), AllSucceeded());

        await new SqsContentChangePublisher(new HttpClient(endpoint), Options).PublishAsync([Change("t_000000000000000a"), Change("t_000000000000000b")]);

        Assert.Equal(2, endpoint.Requests.Count);
        var resent = Assert.Single(Bodies(endpoint.Requests[1]));
        Assert.Equal("t_000000000000000b", ContentChangeMessages.Deserialize(resent).TitleId);
    }

    [Fact]
    public async Task An_entry_still_failing_after_the_retries_is_an_exception_naming_it()
    {
        var endpoint = new CapturingHandler(request => FailingTitle(request, "t_000000000000000b"));

        var error = await Assert.ThrowsAsync<SqsPublishException>(() =>
            new SqsContentChangePublisher(new HttpClient(endpoint), Options).PublishAsync([Change("t_000000000000000a"), Change("t_000000000000000b")]));

        Assert.Equal(3, endpoint.Requests.Count);
        Assert.Contains("t_000000000000000b InternalError", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sender_fault_is_not_retried()
    {
        var endpoint = new CapturingHandler(CapturingHandler.Json(Fixture.Read("Sqs/send-message-batch-sender-fault.json")));

        var error = await Assert.ThrowsAsync<SqsPublishException>(() =>
            new SqsContentChangePublisher(new HttpClient(endpoint), Options).PublishAsync([Change("t_000000000000000a")]));

        Assert.Single(endpoint.Requests);
        Assert.Contains("InvalidMessageContents", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Throttling_of_the_whole_call_is_retried()
    {
        var endpoint = new CapturingHandler(
            CapturingHandler.Json("""{"__type":"com.amazonaws.sqs#ThrottlingException","message":"Rate exceeded"}""", HttpStatusCode.TooManyRequests),
            AllSucceeded());

        await new SqsContentChangePublisher(new HttpClient(endpoint), Options).PublishAsync([Change("t_000000000000000a")]);

        Assert.Equal(2, endpoint.Requests.Count);
    }

    [Fact]
    public async Task A_missing_queue_is_an_exception_with_the_error_type()
    {
        var endpoint = new CapturingHandler(CapturingHandler.Json(Fixture.Read("Sqs/queue-does-not-exist.json"), HttpStatusCode.BadRequest));

        var error = await Assert.ThrowsAsync<SqsPublishException>(() =>
            new SqsContentChangePublisher(new HttpClient(endpoint), Options).PublishAsync([Change("t_000000000000000a")]));

        Assert.Contains("400 QueueDoesNotExist: The specified queue does not exist.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fifo_queue_gets_a_group_per_title_and_a_deduplication_id()
    {
        var endpoint = new CapturingHandler(_ => AllSucceeded());
        var fifo = Options with { QueueUrl = new Uri("https://sqs.eu-west-1.amazonaws.com/123456789012/content-changes.fifo") };

        await new SqsContentChangePublisher(new HttpClient(endpoint), fifo).PublishAsync([Change("t_000000000000000a")]);

        var entry = JsonNode.Parse(Assert.Single(endpoint.Requests).Body)!["Entries"]![0]!;
        Assert.Equal("t_000000000000000a", (string?)entry["MessageGroupId"]);
        Assert.Equal(64, ((string?)entry["MessageDeduplicationId"])!.Length);
    }

    [Fact]
    public async Task Nothing_to_publish_sends_nothing()
    {
        var endpoint = new CapturingHandler(_ => AllSucceeded());

        await new SqsContentChangePublisher(new HttpClient(endpoint), Options).PublishAsync([]);

        Assert.Empty(endpoint.Requests);
    }

    private static ContentChange Change(string titleId) => new(titleId, ContentChangeKind.TitleUpdated, null, At, "sync");

    /// <summary>Fails, as SQS's internal error, every entry about the title; the others succeed.</summary>
    private static HttpResponseMessage FailingTitle(CapturedRequest request, string titleId)
    {
        var entries = JsonDocument.Parse(request.Body).RootElement.GetProperty("Entries").EnumerateArray().ToList();
        var failed = entries
            .Where(e => ContentChangeMessages.Deserialize(e.GetProperty("MessageBody").GetString()!).TitleId == titleId)
            .Select(e => new JsonObject
            {
                ["Id"] = e.GetProperty("Id").GetString(),
                ["SenderFault"] = false,
                ["Code"] = "InternalError",
                ["Message"] = "We encountered an internal error. Please try again.",
            });
        return CapturingHandler.Json(new JsonObject { ["Successful"] = new JsonArray(), ["Failed"] = new JsonArray([.. failed]) }.ToJsonString());
    }

    private static HttpResponseMessage AllSucceeded() => CapturingHandler.Json("""{"Successful":[],"Failed":[]}""");

    private static List<string> Bodies(CapturedRequest request) =>
        JsonDocument.Parse(request.Body).RootElement.GetProperty("Entries").EnumerateArray()
            .Select(e => e.GetProperty("MessageBody").GetString()!)
            .ToList();
}
