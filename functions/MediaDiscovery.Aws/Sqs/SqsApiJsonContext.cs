using System.Text.Json.Serialization;

namespace MediaDiscovery.Aws.Sqs;

/// <summary>SendMessageBatch in SQS's AWS JSON 1.0 protocol (PascalCase members).</summary>
internal sealed record SendMessageBatchRequest(string QueueUrl, IReadOnlyList<SendMessageBatchEntry> Entries);

internal sealed record SendMessageBatchEntry(string Id, string MessageBody)
{
    /// <summary>FIFO queues only.</summary>
    public string? MessageGroupId { get; init; }

    /// <summary>FIFO queues only.</summary>
    public string? MessageDeduplicationId { get; init; }
}

/// <summary>SendMessage: one message (the webhook queue).</summary>
internal sealed record SendMessageRequest(string QueueUrl, string MessageBody)
{
    /// <summary>FIFO queues only.</summary>
    public string? MessageGroupId { get; init; }

    /// <summary>FIFO queues only.</summary>
    public string? MessageDeduplicationId { get; init; }
}

internal sealed record SendMessageResult(string? MessageId, string? MD5OfMessageBody);

internal sealed record SendMessageBatchResult(
    IReadOnlyList<SendMessageBatchResultEntry>? Successful,
    IReadOnlyList<BatchResultErrorEntry>? Failed);

internal sealed record SendMessageBatchResultEntry(string Id, string? MessageId);

internal sealed record BatchResultErrorEntry(string Id, bool SenderFault, string? Code, string? Message);

/// <summary>An AWS JSON protocol error: <c>{"__type": "...#QueueDoesNotExist", "message": "..."}</c>.</summary>
internal sealed record SqsErrorResponse(
    [property: JsonPropertyName("__type")] string? Type,
    [property: JsonPropertyName("message")] string? Message);

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SendMessageBatchRequest))]
[JsonSerializable(typeof(SendMessageBatchResult))]
[JsonSerializable(typeof(SqsErrorResponse))]
[JsonSerializable(typeof(SendMessageRequest))]
[JsonSerializable(typeof(SendMessageResult))]
internal sealed partial class SqsApiJsonContext : JsonSerializerContext;
