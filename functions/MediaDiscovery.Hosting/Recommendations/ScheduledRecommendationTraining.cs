using MediaDiscovery.Core.Recommendations;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MediaDiscovery.Hosting.Recommendations;

/// <summary>
/// Trains the recommendation models at start-up and then every <see cref="RecommendationOptions.TrainInterval"/>.
/// A failed training is logged and the previous models keep serving.
/// </summary>
public sealed partial class ScheduledRecommendationTraining(
    RecommendationTrainer trainer, RecommendationOptions options, TimeProvider clock, ILogger<ScheduledRecommendationTraining> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.TrainInterval, clock);
        do
        {
            try
            {
                var version = await trainer.TrainNowAsync(stoppingToken);
                LogTrained(logger, version, trainer.LastTrainingDuration.TotalSeconds);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A failed training must not end the schedule: the previous models keep serving.
            catch (Exception e)
#pragma warning restore CA1031
            {
                LogFailed(logger, e);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    /// <summary>The next tick; false once stopping.</summary>
    internal static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken ct)
    {
        try
        {
            return await timer.WaitForNextTickAsync(ct);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Recommendation models trained: {Version} in {Seconds:0.00} s")]
    private static partial void LogTrained(ILogger logger, string version, double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Recommendation training failed; the previous models keep serving")]
    private static partial void LogFailed(ILogger logger, Exception error);
}
