namespace MediaDiscovery.Core.Ports;

/// <summary>
/// Asks for the platform's catalog to be fetched again, because a platform reported a title the catalog does not
/// know yet. Fire and forget: implementations coalesce requests, and the caller retries its event later.
/// </summary>
public interface ICatalogRefreshRequester
{
    Task RequestAsync(string platform, string reason, CancellationToken ct = default);
}
