namespace MediaDiscovery.Aws.Sqs;

/// <summary>
/// A Lambda SQS handler's answer with <c>ReportBatchItemFailures</c> on: the messages that failed go back to the
/// queue (and on to the DLQ after maxReceiveCount); the others are deleted. Empty = all succeeded.
/// </summary>
public sealed record SqsBatchResponse(IReadOnlyList<SqsBatchItemFailure> BatchItemFailures)
{
    public static readonly SqsBatchResponse AllSucceeded = new([]);

    public static SqsBatchResponse Failed(IEnumerable<string> messageIds) =>
        new(messageIds.Select(id => new SqsBatchItemFailure(id)).ToList());
}

public sealed record SqsBatchItemFailure(string ItemIdentifier);
