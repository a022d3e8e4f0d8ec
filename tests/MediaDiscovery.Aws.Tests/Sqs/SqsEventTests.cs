using System.Text.Json;
using MediaDiscovery.Aws.Sqs;
using MediaDiscovery.Aws.Tests.Fixtures;
using MediaDiscovery.Aws.Tests.Http;
using MediaDiscovery.Core.Catalog;

namespace MediaDiscovery.Aws.Tests.Sqs;

/// <summary>The Lambda SQS event (as AWS documents it, in Fixtures/Sqs) and the partial-batch response.</summary>
public sealed class SqsEventTests
{
    [Fact]
    public void The_documented_lambda_event_is_read_with_every_field()
    {
        var sqsEvent = JsonSerializer.Deserialize(Fixture.Read("Sqs/lambda-sqs-event.json"), SqsEventJsonContext.Default.SqsEvent)!;

        Assert.Equal(2, sqsEvent.Records.Count);
        var first = sqsEvent.Records[0];
        Assert.Equal("059f36b4-87a3-44ab-83d2-661975830a7d", first.MessageId);
        Assert.Equal("AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a...", first.ReceiptHandle);
        Assert.Equal("aws:sqs", first.EventSource);
        Assert.Equal("arn:aws:sqs:us-east-2:123456789012:my-queue", first.EventSourceArn);
        Assert.Equal("us-east-2", first.AwsRegion);
        Assert.Equal("e4e68fb7bd0e697a0ae8f1bb342846b3", first.Md5OfBody);
        Assert.Equal("1545082649183", first.Attributes["SentTimestamp"]);
        Assert.Equal(1, first.ApproximateReceiveCount);
        Assert.Equal("myValue", first.MessageAttributes["myAttribute"].StringValue);
        Assert.Equal("String", first.MessageAttributes["myAttribute"].DataType);
        Assert.Equal(3, sqsEvent.Records[1].ApproximateReceiveCount);
    }

    [Fact]
    public void A_content_change_body_round_trips()
    {
        var sqsEvent = JsonSerializer.Deserialize(Fixture.Read("Sqs/lambda-sqs-event.json"), SqsEventJsonContext.Default.SqsEvent)!;

        var change = ContentChangeMessages.Deserialize(sqsEvent.Records[0].Body);

        Assert.Equal(new ContentChange("t_0123456789abcdef", ContentChangeKind.AvailabilityAdded, "netflix", new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero), "webhook"), change);
        Assert.Throws<JsonException>(() => ContentChangeMessages.Deserialize(sqsEvent.Records[1].Body));
    }

    [Fact]
    public void The_partial_batch_response_names_the_failed_messages()
    {
        var json = JsonSerializer.Serialize(SqsBatchResponse.Failed(["059f36b4-87a3-44ab-83d2-661975830a7d"]), SqsEventJsonContext.Default.SqsBatchResponse);

        JsonAssert.Equal("""{"batchItemFailures":[{"itemIdentifier":"059f36b4-87a3-44ab-83d2-661975830a7d"}]}""", json);
        JsonAssert.Equal("""{"batchItemFailures":[]}""", JsonSerializer.Serialize(SqsBatchResponse.AllSucceeded, SqsEventJsonContext.Default.SqsBatchResponse));
    }
}
