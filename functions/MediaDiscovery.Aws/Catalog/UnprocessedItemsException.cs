namespace MediaDiscovery.Aws.Catalog;

/// <summary>A batch call still left items unprocessed after every retry the policy allows.</summary>
public sealed class UnprocessedItemsException : Exception
{
    public UnprocessedItemsException()
    {
    }

    public UnprocessedItemsException(string message)
        : base(message)
    {
    }

    public UnprocessedItemsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
