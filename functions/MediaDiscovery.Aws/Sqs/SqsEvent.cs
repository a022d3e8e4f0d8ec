using System.Text.Json.Serialization;

namespace MediaDiscovery.Aws.Sqs;

/// <summary>
/// The event Lambda delivers for an SQS batch (through the Web Adapter: the raw JSON POSTed to the pass-through
/// path). Answer with a <see cref="SqsBatchResponse"/> naming the messages to retry.
/// </summary>
public sealed record SqsEvent
{
    /// <summary>The one PascalCase member of the event.</summary>
    [JsonPropertyName("Records")]
    public IReadOnlyList<SqsMessage> Records { get; init; } = [];
}

/// <summary>One received message. <see cref="Attributes"/> holds SQS's own (<c>ApproximateReceiveCount</c>, <c>SentTimestamp</c>, ...).</summary>
public sealed record SqsMessage
{
    public required string MessageId { get; init; }

    public string ReceiptHandle { get; init; } = "";

    public string Body { get; init; } = "";

    public IReadOnlyDictionary<string, string> Attributes { get; init; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, SqsMessageAttribute> MessageAttributes { get; init; } = new Dictionary<string, SqsMessageAttribute>();

    public string? Md5OfBody { get; init; }

    /// <summary><c>aws:sqs</c>.</summary>
    public string? EventSource { get; init; }

    [JsonPropertyName("eventSourceARN")]
    public string? EventSourceArn { get; init; }

    public string? AwsRegion { get; init; }

    /// <summary>How many times SQS has delivered this message (1 on the first delivery), if it says.</summary>
    public int? ApproximateReceiveCount =>
        // A sender may spell the map out as null: the initialiser's default does not survive that.
        Attributes?.TryGetValue("ApproximateReceiveCount", out var count) == true && int.TryParse(count, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
}

/// <summary>A message attribute as the Lambda event spells it (camelCase, unlike the SQS API).</summary>
public sealed record SqsMessageAttribute
{
    public string? StringValue { get; init; }

    public string? BinaryValue { get; init; }

    public IReadOnlyList<string> StringListValues { get; init; } = [];

    public IReadOnlyList<string> BinaryListValues { get; init; } = [];

    public string DataType { get; init; } = "String";
}
