using MediaDiscovery.Core.Webhooks;
using MediaDiscovery.Embedded.Webhooks;

namespace MediaDiscovery.Functions.Webhooks;

/// <summary>
/// Applies the embedded queue's webhooks (the local stand-in for the SQS event source): takes a batch, applies each
/// message, acknowledges the applied ones and fails the others, which the queue retries with backoff and finally
/// dead-letters. Messages left unacknowledged by a crash are delivered again after a restart.
/// </summary>
public sealed partial class WebhookQueueConsumer(
    SqliteWebhookQueue queue,
    WebhookMessageProcessor processor,
    TimeProvider clock,
    ILogger<WebhookQueueConsumer> logger) : BackgroundService
{
    private const int BatchSize = 50;
    private static readonly TimeSpan IdleWait = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    if (await DrainOnceAsync(stoppingToken) == 0)
                        await queue.WaitForArrivalAsync(await UntilNextVisibleAsync(stoppingToken), stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The queue itself failed (disk): wait and try again rather than end the loop.
                    LogQueueFailed(logger, e);
                    await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down; what was taken and not acknowledged is delivered again after the restart
        }
    }

    /// <summary>Takes and handles one batch; returns how many messages it took.</summary>
    public async Task<int> DrainOnceAsync(CancellationToken ct)
    {
        var batch = await queue.TakeAsync(BatchSize, ct);
        var applied = new List<string>(batch.Count);
        foreach (var taken in batch)
        {
            var error = await ApplyAsync(taken, ct);
            if (error is null)
            {
                applied.Add(taken.Message.WebhookId);
                continue;
            }
            if (await queue.FailAsync(taken, error, ct))
                LogDeadLettered(logger, taken.Message.WebhookId, taken.Attempts, error);
            else
                LogRetrying(logger, taken.Message.WebhookId, taken.Attempts, error);
        }
        await queue.AcknowledgeAsync(applied, ct);
        return batch.Count;
    }

    /// <summary>Null when applied, else why not.</summary>
    private async Task<string?> ApplyAsync(QueuedWebhook taken, CancellationToken ct)
    {
        try
        {
            var result = await processor.ApplyAsync(taken.Message, ct);
            return result == WebhookApplication.Recorded
                ? null
                : $"no title has the external id {taken.Message.Event.Platform}:{taken.Message.Event.ShowId} (a catalog refresh was requested)";
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            return e.GetType().Name + ": " + e.Message;
        }
    }

    private async Task<TimeSpan> UntilNextVisibleAsync(CancellationToken ct)
    {
        var next = await queue.NextVisibleAtAsync(ct);
        if (next is null)
            return IdleWait;
        var wait = next.Value - clock.GetUtcNow();
        return wait < TimeSpan.FromMilliseconds(10) ? TimeSpan.FromMilliseconds(10) : wait > IdleWait ? IdleWait : wait;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook {WebhookId} failed on attempt {Attempt}, retrying later: {Error}")]
    private static partial void LogRetrying(ILogger logger, string webhookId, int attempt, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook {WebhookId} moved to the dead letters after {Attempts} attempts: {Error}")]
    private static partial void LogDeadLettered(ILogger logger, string webhookId, int attempts, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "The webhook queue failed; retrying in 5 s")]
    private static partial void LogQueueFailed(ILogger logger, Exception e);
}
