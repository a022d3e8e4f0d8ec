namespace MediaDiscovery.Functions.CatalogSync;

/// <summary>
/// The local stand-in for the EventBridge schedule: a sync at start-up (cheap when the feeds are unchanged)
/// and then every <c>CatalogSync:Schedule:Interval</c>.
/// </summary>
public sealed partial class CatalogSyncSchedule(
    CatalogSyncRunner runner,
    IConfiguration configuration,
    TimeProvider clock,
    ILogger<CatalogSyncSchedule> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!runner.IsConfigured)
        {
            LogNoFeeds(logger);
            return;
        }
        var interval = configuration.GetValue("CatalogSync:Schedule:Interval", TimeSpan.FromHours(6));
        if (configuration.GetValue("CatalogSync:Schedule:RunAtStartup", true))
            await RunOnceAsync("startup", stoppingToken);
        using var timer = new PeriodicTimer(interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
            await RunOnceAsync("schedule", stoppingToken);
    }

    private async Task RunOnceAsync(string trigger, CancellationToken ct)
    {
        try
        {
            await runner.RunAsync(trigger, force: false, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A failed run must not stop the schedule; the next tick tries again.
            LogFailed(logger, trigger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No catalog feeds configured (CatalogSync:Directory or CatalogSync:Feeds); scheduled sync is off")]
    private static partial void LogNoFeeds(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Catalog sync ({Trigger}) failed")]
    private static partial void LogFailed(ILogger logger, string trigger, Exception e);
}
