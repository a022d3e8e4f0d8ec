using MediaDiscovery.Core.Ports;

namespace MediaDiscovery.Functions.Webhooks;

/// <summary>
/// The catalog refresh where no CatalogSync runs in this process (the Webhooks Lambda alone): it only logs the
/// request. The event is not lost: it stays queued for its retries and then waits in the dead letters until the
/// scheduled sync has brought the title in.
/// </summary>
public sealed partial class UnwiredCatalogRefresh(ILogger<UnwiredCatalogRefresh> logger) : ICatalogRefreshRequester
{
    public Task RequestAsync(string platform, string reason, CancellationToken ct = default)
    {
        LogRequested(logger, platform, reason);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Catalog refresh of {Platform} wanted ({Reason}), but no catalog sync runs in this process; the scheduled sync will bring it")]
    private static partial void LogRequested(ILogger logger, string platform, string reason);
}
