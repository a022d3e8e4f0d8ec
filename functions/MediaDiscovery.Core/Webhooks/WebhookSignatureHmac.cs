using System.Security.Cryptography;
using System.Text;

namespace MediaDiscovery.Core.Webhooks;

/// <summary>The <c>v1</c> signature: HMAC-SHA256 over <c>{id}.{timestamp}.{body}</c>, shared by signer and verifier.</summary>
internal static class WebhookSignatureHmac
{
    public const int SizeInBytes = 32;

    private static readonly byte[] Dot = "."u8.ToArray();

    /// <summary>
    /// Writes the 32-byte signature into <paramref name="destination"/>. The timestamp is the header text as sent
    /// (that is what the producer signed); the body is hashed in place, never copied.
    /// </summary>
    public static void Compute(byte[] key, string webhookId, string timestamp, ReadOnlySpan<byte> body, Span<byte> destination)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        hmac.AppendData(Encoding.UTF8.GetBytes(webhookId));
        hmac.AppendData(Dot);
        hmac.AppendData(Encoding.ASCII.GetBytes(timestamp));
        hmac.AppendData(Dot);
        hmac.AppendData(body);
        hmac.GetHashAndReset(destination);
    }
}
