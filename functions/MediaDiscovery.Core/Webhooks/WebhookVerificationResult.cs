namespace MediaDiscovery.Core.Webhooks;

/// <summary>
/// The verdict on one webhook request, with a reason for logs. The reason never contains secrets or computed
/// signatures, so it is safe to log (not to return to the caller: a 401 needs no detail).
/// </summary>
/// <param name="Header">The header at fault, when one is.</param>
public sealed record WebhookVerificationResult(WebhookVerificationStatus Status, string Reason, string? Header = null)
{
    public static readonly WebhookVerificationResult Valid = new(WebhookVerificationStatus.Valid, "valid");

    public bool IsValid => Status == WebhookVerificationStatus.Valid;

    internal static WebhookVerificationResult Missing(string header) =>
        new(WebhookVerificationStatus.MissingHeader, $"{header} is missing", header);

    internal static WebhookVerificationResult Malformed(string header, string why) =>
        new(WebhookVerificationStatus.MalformedHeader, $"{header} {why}", header);
}
