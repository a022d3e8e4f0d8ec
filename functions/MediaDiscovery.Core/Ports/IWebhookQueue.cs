using MediaDiscovery.Core.Webhooks;

namespace MediaDiscovery.Core.Ports;

/// <summary>
/// Where verified webhooks wait to be applied (a SQLite file embedded, SQS in AWS). Enqueuing returns only once the
/// message is durable, so a 202 never loses an event.
/// </summary>
public interface IWebhookQueue
{
    /// <summary>Stores the message, or reports a duplicate when one with the same webhook id was stored before (as
    /// far as the queue can tell: SQS standard queues cannot, and leave that to the idempotent consumer).</summary>
    Task<EnqueueOutcome> EnqueueAsync(WebhookMessage message, CancellationToken ct = default);
}
