namespace MediaDiscovery.Embedded.Webhooks;

/// <summary>A webhook that failed every attempt, kept with its last error for an operator to inspect or replay.</summary>
public sealed record DeadLetter(string WebhookId, string Body, int Attempts, string LastError, DateTimeOffset DeadAt);
