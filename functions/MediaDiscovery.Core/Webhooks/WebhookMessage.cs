namespace MediaDiscovery.Core.Webhooks;

/// <summary>A verified, validated webhook as queued: the event, its <c>webhook-id</c> (the idempotency key) and when it arrived.</summary>
public sealed record WebhookMessage(string WebhookId, AvailabilityChangedWebhook Event, DateTimeOffset ReceivedAt);
