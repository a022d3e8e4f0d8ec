namespace MediaDiscovery.Aws.Sqs;

/// <summary>Some content changes could not be queued (after retries); the publisher's caller must retry or fail.</summary>
public sealed class SqsPublishException : Exception
{
    public SqsPublishException()
    {
    }

    public SqsPublishException(string message)
        : base(message)
    {
    }

    public SqsPublishException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
