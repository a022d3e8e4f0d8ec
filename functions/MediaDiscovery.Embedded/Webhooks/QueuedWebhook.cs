using MediaDiscovery.Core.Webhooks;

namespace MediaDiscovery.Embedded.Webhooks;

/// <summary>A message taken from the queue for processing: acknowledge or fail it by its webhook id.</summary>
/// <param name="Attempts">Deliveries so far, this one included.</param>
public sealed record QueuedWebhook(WebhookMessage Message, int Attempts);
