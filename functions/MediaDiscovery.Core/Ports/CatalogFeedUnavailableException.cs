namespace MediaDiscovery.Core.Ports;

/// <summary>A catalog feed could not be read (missing file, HTTP error status, unreachable host, too large).</summary>
public sealed class CatalogFeedUnavailableException : Exception
{
    public CatalogFeedUnavailableException()
    {
    }

    public CatalogFeedUnavailableException(string message)
        : base(message)
    {
    }

    public CatalogFeedUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
