using System.Net;
using System.Text.Json;
using Amazon.Runtime;
using MediaDiscovery.Aws.Http;
using MediaDiscovery.Aws.Sqs;
using MediaDiscovery.Core.Webhooks;

namespace MediaDiscovery.Aws.Tests.Sqs;

/// <summary>The webhook queue against a fake SQS endpoint on 127.0.0.1, through the real SigV4 signing client.</summary>
public sealed class SqsWebhookQueueTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    private static readonly WebhookMessage Message = new(
        "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W",
        new AvailabilityChangedWebhook("netflix", "s80057281", false, At, null, null, null),
        At);

    [Fact]
    public async Task A_webhook_is_sent_as_one_signed_send_message_and_counts_as_queued_once_sqs_answers()
    {
        await using var sqs = new FakeSqsServer(HttpStatusCode.OK, """{"MessageId":"5fea7756-0ea4-451a-a703-a558b933e274","MD5OfMessageBody":"x"}""");

        var outcome = await Queue(sqs, "webhook-events").EnqueueAsync(Message);

        Assert.Equal(EnqueueOutcome.Queued, outcome);
        var sent = Assert.Single(sqs.Requests);
        Assert.Equal("POST", sent.Method);
        Assert.Equal("AmazonSQS.SendMessage", sent.Target);
        Assert.StartsWith("application/x-amz-json-1.0", sent.ContentType, StringComparison.Ordinal);
        Assert.StartsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/", sent.Authorization, StringComparison.Ordinal);
        Assert.Contains("/eu-west-1/sqs/aws4_request", sent.Authorization, StringComparison.Ordinal);
        Assert.NotNull(sent.AmzDate);
        using var body = JsonDocument.Parse(sent.Body);
        Assert.Equal("https://sqs.eu-west-1.amazonaws.com/123456789012/webhook-events", body.RootElement.GetProperty("QueueUrl").GetString());
        Assert.Equal(Message, JsonSerializer.Deserialize(body.RootElement.GetProperty("MessageBody").GetString()!, WebhookMessageJsonContext.Default.WebhookMessage));
        // A standard queue takes neither FIFO member.
        Assert.False(body.RootElement.TryGetProperty("MessageDeduplicationId", out _));
        Assert.False(body.RootElement.TryGetProperty("MessageGroupId", out _));
    }

    [Fact]
    public async Task A_fifo_queue_gets_the_hashed_webhook_id_as_deduplication_id()
    {
        await using var sqs = new FakeSqsServer(HttpStatusCode.OK, """{"MessageId":"m-1"}""");

        await Queue(sqs, "webhook-events.fifo").EnqueueAsync(Message);

        using var body = JsonDocument.Parse(Assert.Single(sqs.Requests).Body);
        var dedup = body.RootElement.GetProperty("MessageDeduplicationId").GetString();
        Assert.Equal(SqsWebhookQueue.DeduplicationId(Message.WebhookId), dedup);
        Assert.Equal(64, dedup!.Length);
        Assert.NotEqual(dedup, SqsWebhookQueue.DeduplicationId("msg_other"));
        Assert.Equal("netflix:s80057281", body.RootElement.GetProperty("MessageGroupId").GetString());
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, """{"__type":"com.amazonaws.sqs#QueueDoesNotExist","message":"The specified queue does not exist."}""")]
    [InlineData(HttpStatusCode.InternalServerError, """{"__type":"com.amazonaws.sqs#InternalError","message":"boom"}""")]
    [InlineData(HttpStatusCode.OK, """{"unexpected":true}""")]
    public async Task A_webhook_sqs_did_not_accept_is_a_publish_failure_not_queued(HttpStatusCode status, string answer)
    {
        await using var sqs = new FakeSqsServer(status, answer);

        await Assert.ThrowsAsync<SqsPublishException>(() => Queue(sqs, "webhook-events").EnqueueAsync(Message));
        Assert.NotEmpty(sqs.Requests);
    }

    [Fact]
    public async Task An_unreachable_sqs_is_a_publish_failure()
    {
        var nobody = new Uri($"http://127.0.0.1:{LoopbackPorts.Free()}/");
        var options = Options("webhook-events") with { Endpoint = nobody };

        await Assert.ThrowsAsync<SqsPublishException>(() =>
            new SqsWebhookQueue(SqsContentChangePublisher.CreateHttpClient(options, Credentials), options).EnqueueAsync(Message));
    }

    private static readonly BasicAWSCredentials Credentials = new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");

    private static SqsWebhookQueue Queue(FakeSqsServer sqs, string queueName)
    {
        var options = Options(queueName) with { Endpoint = sqs.Endpoint };
        return new SqsWebhookQueue(SqsContentChangePublisher.CreateHttpClient(options, Credentials), options);
    }

    private static SqsPublisherOptions Options(string queueName) => new()
    {
        QueueUrl = new Uri($"https://sqs.eu-west-1.amazonaws.com/123456789012/{queueName}"),
        Region = "eu-west-1",
        Retry = new HttpRetryOptions { MaxRetries = 1, FirstDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(5) },
    };
}
