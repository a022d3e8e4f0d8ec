namespace MediaDiscovery.Functions.Availability;

/// <summary>
/// The local stand-in for the EventBridge rule that starts the state machine: the in-process sweep every
/// <c>Availability:Sweep:Interval</c> (off when unset).
/// </summary>
public sealed partial class AvailabilitySweepSchedule(
    InProcessSweepOrchestrator orchestrator, SweepOrchestrationOptions options, TimeProvider clock, ILogger<AvailabilitySweepSchedule> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Interval is not { } interval || interval <= TimeSpan.Zero)
            return;
        if (options.RunAtStartup)
            await RunOnceAsync(stoppingToken);
        using var timer = new PeriodicTimer(interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
            await RunOnceAsync(stoppingToken);
    }

    private async Task RunOnceAsync(CancellationToken ct)
    {
        try
        {
            await orchestrator.RunAsync(sweepId: null, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A failed sweep must not stop the schedule; the next tick plans again (the unverified titles are still due).
            LogFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled availability sweep failed")]
    private static partial void LogFailed(ILogger logger, Exception e);
}
