using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Embedded.Catalog;
using MediaDiscovery.Embedded.Changes;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MediaDiscovery.Hosting.ContentChanges;

/// <summary>
/// Drains the in-process content-change queue in batches and hands each batch to every registered consumer
/// (the local stand-in for an SQS event source). A failing consumer is logged and does not stop the others.
/// </summary>
public sealed partial class ContentChangeDispatcher(
    InProcessContentChangeQueue queue,
    IEnumerable<IContentChangeConsumer> consumers,
    ILogger<ContentChangeDispatcher> logger) : BackgroundService
{
    private const int MaxBatch = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<ContentChange>(MaxBatch);
        try
        {
            while (await queue.Reader.WaitToReadAsync(stoppingToken))
            {
                while (batch.Count < MaxBatch && queue.Reader.TryRead(out var change))
                    batch.Add(change);
                await DispatchAsync(batch, stoppingToken);
                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
    }

    private async Task DispatchAsync(IReadOnlyList<ContentChange> batch, CancellationToken ct)
    {
        foreach (var consumer in consumers)
        {
            try
            {
                await consumer.HandleAsync(batch, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogConsumerFailed(logger, consumer.GetType().Name, batch.Count, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Content-change consumer {Consumer} failed on a batch of {Count}")]
    private static partial void LogConsumerFailed(ILogger logger, string consumer, int count, Exception e);
}
