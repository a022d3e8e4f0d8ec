using System.Diagnostics.CodeAnalysis;

namespace MediaDiscovery.Core.Webhooks;

/// <summary>A symmetric Standard Webhooks signing secret, serialised as <c>whsec_&lt;base64&gt;</c>.</summary>
public static class WebhookSecret
{
    public const string Prefix = "whsec_";

    /// <summary>The specification asks for 24 to 64 random bytes; shorter keys are too weak to accept.</summary>
    public const int MinKeyBytes = 24;

    public const int MaxKeyBytes = 64;

    /// <summary>The HMAC key of a <c>whsec_</c> secret; false for anything else (no prefix, bad base64, wrong size).</summary>
    public static bool TryParse(string? secret, [NotNullWhen(true)] out byte[]? key)
    {
        key = null;
        if (secret is null || !secret.StartsWith(Prefix, StringComparison.Ordinal))
            return false;
        var encoded = secret.AsSpan(Prefix.Length);
        Span<byte> buffer = stackalloc byte[MaxKeyBytes];
        if (!Convert.TryFromBase64Chars(encoded, buffer, out var written) || written < MinKeyBytes)
            return false;
        key = buffer[..written].ToArray();
        return true;
    }
}
