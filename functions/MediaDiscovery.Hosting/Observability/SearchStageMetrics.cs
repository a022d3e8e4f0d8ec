using System.Diagnostics;
using MediaDiscovery.Core.Search;
using Microsoft.Extensions.Hosting;

namespace MediaDiscovery.Hosting.Observability;

/// <summary>Listens to the search pipeline's spans and records each finished stage's latency as a metric.</summary>
public sealed class SearchStageMetrics(ApiMetrics metrics) : IHostedService, IDisposable
{
    private ActivityListener? listener;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == SearchTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => metrics.StageCompleted(activity.OperationName, activity.Duration.TotalMilliseconds),
        };
        ActivitySource.AddActivityListener(listener);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        listener?.Dispose();
        listener = null;
    }
}
