using MediaDiscovery.Aws.Sqs;
using MediaDiscovery.Core.Catalog;

namespace MediaDiscovery.Functions.Embeddings.Tests;

/// <summary>SQS events as Lambda delivers them, with content-change bodies (or any body a test wants).</summary>
internal static class SqsEvents
{
    private static readonly DateTimeOffset At = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    public static string ChangeBody(string titleId, ContentChangeKind kind = ContentChangeKind.TitleUpdated) =>
        ContentChangeMessages.Serialize(new ContentChange(titleId, kind, null, At, "test"));

    public static SqsMessage Message(string messageId, string body) => new()
    {
        MessageId = messageId,
        ReceiptHandle = "handle-" + messageId,
        Body = body,
        EventSource = "aws:sqs",
        EventSourceArn = "arn:aws:sqs:us-east-1:123456789012:content-changes",
        AwsRegion = "us-east-1",
    };

    public static SqsEvent Of(params SqsMessage[] messages) => new() { Records = messages };
}
