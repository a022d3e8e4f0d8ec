namespace MediaDiscovery.Embedded.Webhooks;

/// <summary>Messages waiting (or being processed), dead letters, and webhook ids remembered for deduplication.</summary>
public sealed record WebhookQueueCounts(int Pending, int DeadLetters, int Seen);
