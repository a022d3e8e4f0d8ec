using System.Globalization;
using System.Security.Cryptography;

namespace MediaDiscovery.Core.Webhooks;

/// <summary>
/// Checks a request against the Standard Webhooks signature scheme (symmetric <c>v1</c>): the three headers, the
/// timestamp within <see cref="Tolerance"/> of now, and at least one <c>v1</c> signature made with one of the
/// secrets (several during a rotation). No I/O; never throws for anything a caller sends.
/// </summary>
public sealed class StandardWebhookVerifier
{
    /// <summary>The specification's replay window, both ways (a sender's clock may be ahead).</summary>
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    private const string SymmetricVersion = "v1";

    private readonly IReadOnlyList<byte[]> _keys;
    private readonly string? _secretProblem;
    private readonly TimeProvider _time;

    /// <param name="secrets">The platform's <c>whsec_</c> secrets. One malformed secret makes every request fail
    /// with <see cref="WebhookVerificationStatus.InvalidSecret"/>, so a configuration typo shows at once instead of
    /// surfacing later when the other secret is retired.</param>
    public StandardWebhookVerifier(IEnumerable<string> secrets, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
        var keys = new List<byte[]>();
        var index = 0;
        foreach (var secret in secrets)
        {
            if (WebhookSecret.TryParse(secret, out var key))
                keys.Add(key);
            else
                _secretProblem ??= $"secret #{index} is not whsec_ followed by {WebhookSecret.MinKeyBytes}-{WebhookSecret.MaxKeyBytes} base64 bytes";
            index++;
        }
        if (keys.Count == 0)
            _secretProblem ??= "no secret is configured";
        _keys = keys;
    }

    /// <param name="webhookId">The <c>webhook-id</c> header (null when absent).</param>
    /// <param name="webhookTimestamp">The <c>webhook-timestamp</c> header: unix seconds.</param>
    /// <param name="webhookSignature">The <c>webhook-signature</c> header: space-separated <c>version,base64</c> entries.</param>
    /// <param name="body">The raw request body, exactly as received.</param>
    public WebhookVerificationResult Verify(string? webhookId, string? webhookTimestamp, string? webhookSignature, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(webhookId))
            return WebhookVerificationResult.Missing(StandardWebhookHeaders.Id);
        if (string.IsNullOrEmpty(webhookTimestamp))
            return WebhookVerificationResult.Missing(StandardWebhookHeaders.Timestamp);
        if (string.IsNullOrEmpty(webhookSignature))
            return WebhookVerificationResult.Missing(StandardWebhookHeaders.Signature);

        if (webhookId.Length > StandardWebhookHeaders.MaxIdLength)
            return WebhookVerificationResult.Malformed(StandardWebhookHeaders.Id, "is too long");
        // The specification forbids '.' in the id: it delimits the signed content. Whitespace and control
        // characters have no place in an id either.
        if (webhookId.Any(c => c is '.' or <= ' ' or > '~'))
            return WebhookVerificationResult.Malformed(StandardWebhookHeaders.Id, "has a character outside printable ASCII, or a '.'");
        if (webhookTimestamp.Length > StandardWebhookHeaders.MaxTimestampLength
            || !webhookTimestamp.All(char.IsAsciiDigit)
            || !long.TryParse(webhookTimestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            return WebhookVerificationResult.Malformed(StandardWebhookHeaders.Timestamp, "is not unix seconds");
        if (webhookSignature.Length > StandardWebhookHeaders.MaxSignatureLength)
            return WebhookVerificationResult.Malformed(StandardWebhookHeaders.Signature, "is too long");
        if (!TryReadSignatures(webhookSignature, out var signatures))
            return WebhookVerificationResult.Malformed(StandardWebhookHeaders.Signature, "is not space-separated version,signature entries");

        if (_secretProblem is not null)
            return new WebhookVerificationResult(WebhookVerificationStatus.InvalidSecret, _secretProblem);

        // Compared in seconds, so a timestamp at the edge of the long range cannot overflow a DateTimeOffset.
        var now = _time.GetUtcNow().ToUnixTimeSeconds();
        if (Math.Abs((decimal)now - seconds) > (decimal)Tolerance.TotalSeconds)
            return new WebhookVerificationResult(WebhookVerificationStatus.TimestampOutOfTolerance,
                $"{StandardWebhookHeaders.Timestamp} is {seconds - now} s from now", StandardWebhookHeaders.Timestamp);

        Span<byte> expected = stackalloc byte[WebhookSignatureHmac.SizeInBytes];
        foreach (var key in _keys)
        {
            WebhookSignatureHmac.Compute(key, webhookId, webhookTimestamp, body, expected);
            foreach (var signature in signatures)
            {
                if (CryptographicOperations.FixedTimeEquals(expected, signature))
                    return WebhookVerificationResult.Valid;
            }
        }
        return new WebhookVerificationResult(WebhookVerificationStatus.NoMatchingSignature,
            $"none of {signatures.Count} v1 signature(s) matches any of {_keys.Count} secret(s)", StandardWebhookHeaders.Signature);
    }

    /// <summary>
    /// The decoded <c>v1</c> signatures. Entries of other versions (<c>v1a</c>, future ones) are skipped, as are
    /// <c>v1</c> entries that are not 32 bytes of base64: they cannot match, and another entry still may.
    /// False only when the header is not a list of <c>version,value</c> entries at all.
    /// </summary>
    private static bool TryReadSignatures(string header, out List<byte[]> signatures)
    {
        signatures = [];
        var entries = header.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (entries.Length == 0)
            return false;
        Span<byte> decoded = stackalloc byte[WebhookSignatureHmac.SizeInBytes];
        foreach (var entry in entries)
        {
            var comma = entry.IndexOf(',', StringComparison.Ordinal);
            if (comma <= 0 || comma == entry.Length - 1)
                return false;
            if (!entry.AsSpan(0, comma).SequenceEqual(SymmetricVersion))
                continue;
            if (Convert.TryFromBase64Chars(entry.AsSpan(comma + 1), decoded, out var written)
                && written == WebhookSignatureHmac.SizeInBytes)
                signatures.Add(decoded.ToArray());
        }
        return true;
    }
}
