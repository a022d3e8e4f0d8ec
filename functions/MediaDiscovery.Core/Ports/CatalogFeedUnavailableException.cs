namespace MediaDiscovery.Core.Ports;

/// <summary>A feed could not be fetched (HTTP error status, oversized response, missing file).</summary>
public sealed class CatalogFeedUnavailableException : Exception
{
    public CatalogFeedUnavailableException()
    {
    }

    public CatalogFeedUnavailableException(string message)
        : base(message)
    {
    }

    public CatalogFeedUnavailableException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
