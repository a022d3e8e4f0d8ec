namespace MediaDiscovery.Core.Webhooks;

/// <summary>Header names of the Standard Webhooks specification, and the sizes this service accepts.</summary>
public static class StandardWebhookHeaders
{
    public const string Id = "webhook-id";
    public const string Timestamp = "webhook-timestamp";
    public const string Signature = "webhook-signature";

    /// <summary>Generous for any message id (Svix-style ids are ~30 characters) and bounds the signed prefix.</summary>
    public const int MaxIdLength = 256;

    /// <summary>Unix seconds fit in 19 digits; anything longer is not a timestamp.</summary>
    public const int MaxTimestampLength = 19;

    /// <summary>Room for dozens of <c>v1</c>/<c>v1a</c> entries; bounds the parsing work an unauthenticated caller can cause.</summary>
    public const int MaxSignatureLength = 4096;
}
