namespace MediaDiscovery.Core.Webhooks;

/// <summary>The <c>data</c> member of an <c>availability.changed</c> webhook, as sent.</summary>
public sealed record WebhookPayloadData
{
    /// <summary><c>platform:show_id</c>.</summary>
    public string? ExternalId { get; init; }

    public bool? Available { get; init; }

    public string? Url { get; init; }

    public string? PriceType { get; init; }

    public string? Region { get; init; }
}
