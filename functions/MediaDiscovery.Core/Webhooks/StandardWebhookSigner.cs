using System.Globalization;

namespace MediaDiscovery.Core.Webhooks;

/// <summary>
/// Produces a <c>webhook-signature</c> header value (one <c>v1</c> entry per secret, in order), as a platform does:
/// for tests and the platform simulator. Its inputs are trusted, so bad ones throw.
/// </summary>
public static class StandardWebhookSigner
{
    /// <exception cref="ArgumentException">No secret, a malformed secret, or an id the verifier would refuse.</exception>
    public static string Sign(string webhookId, long timestamp, ReadOnlySpan<byte> body, IEnumerable<string> secrets)
    {
        ArgumentException.ThrowIfNullOrEmpty(webhookId);
        ArgumentNullException.ThrowIfNull(secrets);
        if (webhookId.Contains('.', StringComparison.Ordinal))
            throw new ArgumentException("a webhook id must not contain '.'", nameof(webhookId));
        ArgumentOutOfRangeException.ThrowIfNegative(timestamp);

        var timestampText = timestamp.ToString(CultureInfo.InvariantCulture);
        Span<byte> signature = stackalloc byte[WebhookSignatureHmac.SizeInBytes];
        var entries = new List<string>();
        foreach (var secret in secrets)
        {
            if (!WebhookSecret.TryParse(secret, out var key))
                throw new ArgumentException("a secret is not whsec_<base64>", nameof(secrets));
            WebhookSignatureHmac.Compute(key, webhookId, timestampText, body, signature);
            entries.Add("v1," + Convert.ToBase64String(signature));
        }
        if (entries.Count == 0)
            throw new ArgumentException("at least one secret is needed", nameof(secrets));
        return string.Join(' ', entries);
    }

    /// <inheritdoc cref="Sign(string, long, ReadOnlySpan{byte}, IEnumerable{string})"/>
    public static string Sign(string webhookId, long timestamp, ReadOnlySpan<byte> body, string secret) =>
        Sign(webhookId, timestamp, body, [secret]);
}
