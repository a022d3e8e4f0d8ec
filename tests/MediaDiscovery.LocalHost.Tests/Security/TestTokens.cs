using System.Net.Http.Headers;
using System.Security.Cryptography;
using MediaDiscovery.Hosting.Security;

namespace MediaDiscovery.LocalHost.Tests.Security;

/// <summary>
/// Access tokens the tests mint (and forge) with a key the host under test trusts (<see cref="KeySource"/>),
/// for the LocalHost's configured issuer and audience.
/// </summary>
public static class TestTokens
{
    public const string Issuer = "https://localhost.mediadiscovery.dev";
    public const string Audience = "mediadiscovery-api";
    public const string Kid = "test-key-1";

    private static readonly RSA Key = RSA.Create(2048);

    /// <summary>A key nobody trusts, to forge signatures with.</summary>
    public static readonly RSA ForeignKey = RSA.Create(2048);

    public static ISigningKeySource KeySource { get; } = new TrustedKey();

    public static Dictionary<string, object?> Claims(string subject, params string[] roles)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return new Dictionary<string, object?>
        {
            ["iss"] = Issuer,
            ["aud"] = Audience,
            ["sub"] = subject,
            ["jti"] = Guid.NewGuid().ToString("N"),
            ["iat"] = now,
            ["nbf"] = now,
            ["exp"] = now + 3600,
            ["roles"] = roles.Length == 0 ? ["user"] : roles,
        };
    }

    public static string For(string subject, params string[] roles) => Sign(Claims(subject, roles));

    public static string Sign(IReadOnlyDictionary<string, object?> claims, RSA? key = null, string kid = Kid, string algorithm = "RS256") =>
        AccessTokenWriter.Write(key ?? Key, kid, claims, algorithm);

    public static AuthenticationHeaderValue Bearer(string token) => new("Bearer", token);

    private sealed class TrustedKey : ISigningKeySource
    {
        public ValueTask<RSA?> FindAsync(string kid, CancellationToken ct) => ValueTask.FromResult(kid == Kid ? Key : null);
    }
}
