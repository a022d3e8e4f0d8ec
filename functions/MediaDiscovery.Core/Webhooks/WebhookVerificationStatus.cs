namespace MediaDiscovery.Core.Webhooks;

/// <summary>The outcome of checking a request against the Standard Webhooks signature scheme.</summary>
public enum WebhookVerificationStatus
{
    Valid,

    /// <summary><c>webhook-id</c>, <c>webhook-timestamp</c> or <c>webhook-signature</c> is absent or empty.</summary>
    MissingHeader,

    /// <summary>A header is present but not in the specified shape (or longer than any real one).</summary>
    MalformedHeader,

    /// <summary><c>webhook-timestamp</c> is more than the tolerance away from now (a replay, or a skewed clock).</summary>
    TimestampOutOfTolerance,

    /// <summary>No <c>v1</c> signature matches any configured secret.</summary>
    NoMatchingSignature,

    /// <summary>The configured secrets are absent or not <c>whsec_&lt;base64&gt;</c>: a deployment error, not the caller's.</summary>
    InvalidSecret,
}
