namespace MediaDiscovery.Functions.Webhooks;

/// <summary>202 body: the webhook id and <c>queued</c> (new) or <c>duplicate</c> (received before; applied once).</summary>
public sealed record WebhookAcceptedResponse(string WebhookId, string Status);
