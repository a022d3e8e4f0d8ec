namespace MediaDiscovery.Core.Webhooks;

/// <summary>One reason a webhook body was refused.</summary>
/// <param name="Field">JSON path of the offending member (<c>data.externalId</c>), or <c>$</c> for the whole body.</param>
public sealed record WebhookPayloadError(string Field, string Message);
