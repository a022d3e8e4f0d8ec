using MediaDiscovery.Core.Ports;

namespace MediaDiscovery.Functions.CatalogSync;

/// <summary>
/// Answers "fetch the catalog again" (a webhook named a title we do not know) with a sync in the background. Requests
/// are coalesced: none while one runs, and at most one per <see cref="MinInterval"/>. The sync reads every feed
/// (cheap when they are unchanged), so the platform named is for the log.
/// </summary>
public sealed partial class CatalogSyncRefreshRequester(
    CatalogSyncRunner runner,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
    ILogger<CatalogSyncRefreshRequester> logger) : ICatalogRefreshRequester
{
    public static readonly TimeSpan MinInterval = TimeSpan.FromMinutes(1);

    private readonly Lock gate = new();
    private DateTimeOffset lastStarted = DateTimeOffset.MinValue;
    private Task running = Task.CompletedTask;

    public Task RequestAsync(string platform, string reason, CancellationToken ct = default)
    {
        if (!runner.IsConfigured)
            return Task.CompletedTask;
        var now = clock.GetUtcNow();
        lock (gate)
        {
            if (!running.IsCompleted || now - lastStarted < MinInterval)
                return Task.CompletedTask;
            lastStarted = now;
            LogRequested(logger, platform, reason);
            running = Task.Run(RunAsync, CancellationToken.None);
        }
        return Task.CompletedTask;
    }

    private async Task RunAsync()
    {
        try
        {
            await runner.RunAsync("refresh-request", force: false, lifetime.ApplicationStopping);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, e);
        }
        catch (OperationCanceledException)
        {
            // shutting down
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Catalog refresh requested for {Platform}: {Reason}")]
    private static partial void LogRequested(ILogger logger, string platform, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Requested catalog refresh failed")]
    private static partial void LogFailed(ILogger logger, Exception e);
}
