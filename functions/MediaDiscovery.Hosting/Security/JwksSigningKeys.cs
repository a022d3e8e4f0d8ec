using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MediaDiscovery.Hosting.Security;

/// <summary>
/// The RSA signing keys published at <see cref="AccessTokenOptions.JwksUrl"/>. The set is reread every
/// <see cref="AccessTokenOptions.JwksRefreshInterval"/>, and early when a token names an unknown <c>kid</c> (a
/// rotation), but never more often than <see cref="AccessTokenOptions.JwksMinimumRefreshInterval"/>. While the
/// issuer is unreachable the last good set keeps serving.
/// </summary>
public sealed partial class JwksSigningKeys(HttpClient http, IOptions<AccessTokenOptions> options, TimeProvider time, ILogger<JwksSigningKeys> logger)
    : ISigningKeySource
{
    private readonly SemaphoreSlim refreshing = new(1, 1);
    private volatile IReadOnlyDictionary<string, RSA> keys = new Dictionary<string, RSA>();
    private DateTimeOffset loadedAt = DateTimeOffset.MinValue;
    private DateTimeOffset attemptedAt = DateTimeOffset.MinValue;

    public async ValueTask<RSA?> FindAsync(string kid, CancellationToken ct)
    {
        var settings = options.Value;
        if (settings.JwksUrl is null)
            return null;
        var now = time.GetUtcNow();
        var known = keys.GetValueOrDefault(kid);
        var stale = now - loadedAt >= settings.JwksRefreshInterval;
        if ((known is null || stale) && now - attemptedAt >= settings.JwksMinimumRefreshInterval)
        {
            await RefreshAsync(settings.JwksUrl, ct);
            known = keys.GetValueOrDefault(kid);
        }
        return known;
    }

    private async Task RefreshAsync(Uri url, CancellationToken ct)
    {
        await refreshing.WaitAsync(ct);
        try
        {
            if (time.GetUtcNow() - attemptedAt < options.Value.JwksMinimumRefreshInterval)
                return;
            attemptedAt = time.GetUtcNow();
            await using var body = await http.GetStreamAsync(url, ct);
            using var document = await JsonDocument.ParseAsync(body, cancellationToken: ct);
            keys = Parse(document.RootElement);
            loadedAt = time.GetUtcNow();
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or TaskCanceledException or CryptographicException or InvalidOperationException or KeyNotFoundException)
        {
            LogRefreshFailed(logger, e.GetType().Name);
        }
        finally
        {
            refreshing.Release();
        }
    }

    /// <summary>The RSA signature keys of a JWKS document; others (encryption keys, EC keys) are skipped.</summary>
    public static Dictionary<string, RSA> Parse(JsonElement jwks)
    {
        var parsed = new Dictionary<string, RSA>(StringComparer.Ordinal);
        foreach (var key in jwks.GetProperty("keys").EnumerateArray())
        {
            if (Text(key, "kty") != "RSA" || Text(key, "use") is not (null or "sig") || Text(key, "alg") is not (null or "RS256"))
                continue;
            if (Text(key, "kid") is not { } kid || Text(key, "n") is not { } n || Text(key, "e") is not { } e)
                continue;
            var rsa = RSA.Create();
            rsa.ImportParameters(new RSAParameters { Modulus = Base64Url.DecodeFromChars(n), Exponent = Base64Url.DecodeFromChars(e) });
            parsed[kid] = rsa;
        }
        return parsed;
    }

    private static string? Text(JsonElement key, string name) =>
        key.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not refresh the JWKS ({Reason}); the last good key set stays in use")]
    private static partial void LogRefreshFailed(ILogger logger, string reason);
}
