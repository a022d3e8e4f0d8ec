namespace MediaDiscovery.Core.Webhooks;

/// <summary>
/// A webhook body as sent (API.md, Webhooks). Every member is nullable so that an absent one becomes a validation
/// error from <see cref="WebhookPayloadParser"/> rather than a default value or an exception.
/// </summary>
public sealed record WebhookPayload
{
    public string? Type { get; init; }

    /// <summary>ISO-8601 with an offset; kept as text so the parser decides what it accepts.</summary>
    public string? OccurredAt { get; init; }

    public WebhookPayloadData? Data { get; init; }
}
