using System.Buffers.Text;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MediaDiscovery.Core.Ports;
using Microsoft.Extensions.Options;

namespace MediaDiscovery.Hosting.Security;

/// <summary>
/// Validates a compact JWS access token: header <c>alg</c> must be exactly RS256 (so <c>none</c> and the HMAC
/// algorithms, which would let a public key act as a shared secret, are refused before anything else), the
/// signature must verify under the key named by <c>kid</c>, then <c>iss</c>, <c>aud</c>, <c>exp</c> and <c>nbf</c>
/// (with the clock skew) are checked, <c>sub</c> and <c>jti</c> must be present, and the <c>jti</c> must not be
/// on the revocation list. Roles come from <c>roles</c> (or Cognito's <c>cognito:groups</c>).
/// </summary>
public sealed class AccessTokenValidator(
    IEnumerable<ISigningKeySource> keySources, IRevokedTokens revoked, IOptions<AccessTokenOptions> options, TimeProvider time)
{
    public const string AuthenticationType = "Bearer";

    private readonly ISigningKeySource[] sources = [.. keySources];

    public async ValueTask<AccessTokenValidation> ValidateAsync(string token, CancellationToken ct)
    {
        var settings = options.Value;
        if (token.Length == 0 || token.Length > settings.MaxTokenLength)
            return AccessTokenValidation.Refused("token length");
        var firstDot = token.IndexOf('.', StringComparison.Ordinal);
        var secondDot = firstDot < 0 ? -1 : token.IndexOf('.', firstDot + 1);
        if (firstDot <= 0 || secondDot < 0 || token.IndexOf('.', secondDot + 1) >= 0)
            return AccessTokenValidation.Refused("not a compact JWS");

        if (Decode(token.AsSpan(0, firstDot)) is not { } headerBytes
            || Decode(token.AsSpan(firstDot + 1, secondDot - firstDot - 1)) is not { } payloadBytes
            || Decode(token.AsSpan(secondDot + 1)) is not { } signature)
            return AccessTokenValidation.Refused("not base64url");

        using var header = Parse(headerBytes);
        using var payload = Parse(payloadBytes);
        if (header is null || payload is null)
            return AccessTokenValidation.Refused("not JSON");
        if (Text(header.RootElement, "alg") != "RS256")
            return AccessTokenValidation.Refused("algorithm");
        if (Text(header.RootElement, "kid") is not { Length: > 0 } kid || await FindKeyAsync(kid, ct) is not { } key)
            return AccessTokenValidation.Refused("unknown key");
        var signed = Encoding.ASCII.GetBytes(token, 0, secondDot);
        if (!key.VerifyData(signed, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1))
            return AccessTokenValidation.Refused("signature");

        var claims = payload.RootElement;
        if (claims.ValueKind != JsonValueKind.Object)
            return AccessTokenValidation.Refused("claims");
        if (Text(claims, "iss") != settings.Issuer)
            return AccessTokenValidation.Refused("issuer");
        if (!HasAudience(claims, settings.Audience))
            return AccessTokenValidation.Refused("audience");
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        var skew = (long)settings.ClockSkew.TotalSeconds;
        if (Seconds(claims, "exp") is not { } exp || now >= exp + skew)
            return AccessTokenValidation.Refused("expired");
        if (claims.TryGetProperty("nbf", out _) && (Seconds(claims, "nbf") is not { } nbf || now < nbf - skew))
            return AccessTokenValidation.Refused("not yet valid");
        if (Text(claims, "sub") is not { Length: > 0 and <= 256 } subject)
            return AccessTokenValidation.Refused("subject");
        if (Text(claims, "jti") is not { Length: > 0 and <= 256 } tokenId)
            return AccessTokenValidation.Refused("token id");
        if (await revoked.IsRevokedAsync(tokenId, ct))
            return AccessTokenValidation.Refused("revoked");

        return AccessTokenValidation.Valid(Principal(subject, tokenId, exp, claims));
    }

    private async ValueTask<RSA?> FindKeyAsync(string kid, CancellationToken ct)
    {
        foreach (var source in sources)
        {
            if (await source.FindAsync(kid, ct) is { } key)
                return key;
        }
        return null;
    }

    private static ClaimsPrincipal Principal(string subject, string tokenId, long exp, JsonElement claims)
    {
        var identity = new ClaimsIdentity(AuthenticationType, AccessTokenClaims.Subject, AccessTokenClaims.Role);
        identity.AddClaim(new Claim(AccessTokenClaims.Subject, subject));
        identity.AddClaim(new Claim(AccessTokenClaims.TokenId, tokenId));
        identity.AddClaim(new Claim("exp", exp.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        foreach (var name in (ReadOnlySpan<string>)["roles", "cognito:groups"])
        {
            if (!claims.TryGetProperty(name, out var roles) || roles.ValueKind != JsonValueKind.Array)
                continue;
            foreach (var role in roles.EnumerateArray())
            {
                if (role.ValueKind == JsonValueKind.String && role.GetString() is { Length: > 0 and <= 64 } value)
                    identity.AddClaim(new Claim(AccessTokenClaims.Role, value));
            }
        }
        return new ClaimsPrincipal(identity);
    }

    private static bool HasAudience(JsonElement claims, string audience)
    {
        if (!claims.TryGetProperty("aud", out var aud))
            return false;
        if (aud.ValueKind == JsonValueKind.String)
            return aud.GetString() == audience;
        return aud.ValueKind == JsonValueKind.Array && aud.EnumerateArray().Any(a => a.ValueKind == JsonValueKind.String && a.GetString() == audience);
    }

    private static long? Seconds(JsonElement claims, string name) =>
        claims.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var seconds) ? seconds : null;

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static byte[]? Decode(ReadOnlySpan<char> part)
    {
        if (part.IsEmpty || !Base64Url.IsValid(part))
            return null;
        try
        {
            return Base64Url.DecodeFromChars(part);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static JsonDocument? Parse(byte[] json)
    {
        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 8 });
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
