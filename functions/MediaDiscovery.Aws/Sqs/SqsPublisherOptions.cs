using MediaDiscovery.Aws.Http;

namespace MediaDiscovery.Aws.Sqs;

/// <summary>Which queue <see cref="SqsContentChangePublisher"/> sends to, and how it retries.</summary>
public sealed record SqsPublisherOptions
{
    /// <summary>SendMessageBatch's limits: 10 entries, 256 KiB of bodies in all.</summary>
    public const int MaxBatchEntries = 10;

    public const int MaxBatchBytes = 262_144;

    /// <summary>
    /// <c>https://sqs.{region}.amazonaws.com/{account}/{name}</c>. Required; not a C# <c>required</c> member, so the
    /// configuration binder's source generator (Native AOT) can create these options: a missing one fails the
    /// publisher's construction instead (<see cref="RequireQueueUrl"/>).
    /// </summary>
    public Uri? QueueUrl { get; set; }

    /// <summary>The queue URL, or a clear error naming the setting.</summary>
    public Uri RequireQueueUrl(string section) =>
        QueueUrl ?? throw new InvalidOperationException($"{section}:QueueUrl is required.");

    public string Region { get; set; } = "us-east-1";

    /// <summary>Overrides <c>https://sqs.{Region}.amazonaws.com</c> (a VPC endpoint, tests).</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>Whole-call retries (throttling, 5xx) and rounds of resending entries SQS failed on its side.</summary>
    public HttpRetryOptions Retry { get; set; } = HttpRetryOptions.Default;

    public Uri ServiceUri => Endpoint ?? new Uri($"https://sqs.{Region}.amazonaws.com/");

    public bool IsFifo => QueueUrl?.AbsolutePath.EndsWith(".fifo", StringComparison.Ordinal) == true;
}
