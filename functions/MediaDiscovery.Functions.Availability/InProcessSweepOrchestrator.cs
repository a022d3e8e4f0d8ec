using MediaDiscovery.Core.Availability.Sweep;

namespace MediaDiscovery.Functions.Availability;

/// <summary>
/// Runs <c>statemachines/availability-sweep.asl.json</c> in process (LocalHost): the same tasks in the same order,
/// with the same concurrency, retry and catch. One sweep at a time.
/// </summary>
public sealed partial class InProcessSweepOrchestrator(
    AvailabilitySweep sweep, SweepOrchestrationOptions options, TimeProvider clock, ILogger<InProcessSweepOrchestrator> logger)
{
    private readonly SemaphoreSlim running = new(1, 1);

    /// <summary>The sweep's summary, or null when another sweep is still running.</summary>
    public async Task<SweepSummary?> RunAsync(string? sweepId, CancellationToken ct = default)
    {
        if (!await running.WaitAsync(0, ct))
            return null;
        try
        {
            var plan = await sweep.PlanAsync(sweepId, ct);
            var results = new PlatformSweepResult[plan.Platforms.Count];
            await Parallel.ForEachAsync(
                Enumerable.Range(0, plan.Platforms.Count),
                new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.PlatformConcurrency), CancellationToken = ct },
                async (i, c) => results[i] = await SweepPlatformAsync(plan.SweepId, plan.Platforms[i], c));
            var summary = await sweep.ApplyAsync(plan.SweepId, results, ct);
            LogCompleted(logger, summary.SweepId, summary.Checked, summary.Platforms.Sum(p => p.StaleTitles));
            return summary;
        }
        finally
        {
            running.Release();
        }
    }

    private async Task<PlatformSweepResult> SweepPlatformAsync(string sweepId, PlatformSweepPlan platform, CancellationToken ct)
    {
        var results = new SweepBatchResult[platform.Batches.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, platform.Batches.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.BatchConcurrency), CancellationToken = ct },
            async (i, c) => results[i] = await CheckBatchAsync(sweepId, platform.Platform, platform.Batches[i], c));
        return new PlatformSweepResult(platform.Platform, results);
    }

    // Retry, then Catch -> MarkStale, as the state machine's CheckBatch does.
    private async Task<SweepBatchResult> CheckBatchAsync(string sweepId, string platform, SweepBatch batch, CancellationToken ct)
    {
        Exception? last = null;
        for (var attempt = 0; attempt <= Math.Max(0, options.TaskRetries); attempt++)
        {
            if (attempt > 0)
                await Task.Delay(JitteredInterval(attempt), clock, ct);
            try
            {
                return await sweep.CheckBatchAsync(sweepId, platform, batch, ct);
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                last = e;
            }
        }
        LogBatchStale(logger, platform, batch.BatchId, last?.Message ?? "");
        return new SweepBatchResult(platform, batch.BatchId, Stale: true, Checked: 0, Changed: 0, batch.TitleIds, last?.GetType().Name);
    }

    private TimeSpan JitteredInterval(int attempt) =>
        TimeSpan.FromTicks((long)(options.TaskRetryInterval.Ticks * Math.Pow(2, attempt - 1) * Random.Shared.NextDouble()));

    [LoggerMessage(Level = LogLevel.Information, Message = "Availability sweep {SweepId}: {Checked} titles checked, {Stale} marked stale")]
    private static partial void LogCompleted(ILogger logger, string sweepId, int @checked, int stale);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Availability sweep: batch {BatchId} of {Platform} left stale ({Reason})")]
    private static partial void LogBatchStale(ILogger logger, string platform, string batchId, string reason);
}
