using System.Net.Http.Headers;
using System.Security.Cryptography;
using MediaDiscovery.Hosting.Security;

namespace MediaDiscovery.Functions.Recommendations.Tests;

/// <summary>
/// Access tokens for the function under test, signed with a key its validation trusts (<see cref="KeySource"/>).
/// The factory's clients act as an admin, who may read and write any user's data; access policy enforcement itself
/// is tested in the LocalHost's security tests.
/// </summary>
public static class TestAccessTokens
{
    private const string Kid = "recommendations-tests";
    private static readonly RSA Key = RSA.Create(2048);

    public static ISigningKeySource KeySource { get; } = new TrustedKey();

    /// <summary>A token valid for a year from <paramref name="issuedAt"/> (the factory's clock, which tests move).</summary>
    public static AuthenticationHeaderValue Bearer(DateTimeOffset issuedAt, string subject, params string[] roles)
    {
        var now = issuedAt.ToUnixTimeSeconds();
        var defaults = new AccessTokenOptions();
        return new AuthenticationHeaderValue("Bearer", AccessTokenWriter.Write(Key, Kid, new Dictionary<string, object?>
        {
            ["iss"] = defaults.Issuer,
            ["aud"] = defaults.Audience,
            ["sub"] = subject,
            ["jti"] = Guid.NewGuid().ToString("N"),
            ["exp"] = now + (365 * 24 * 3600),
            ["roles"] = roles,
        }));
    }

    private sealed class TrustedKey : ISigningKeySource
    {
        public ValueTask<RSA?> FindAsync(string kid, CancellationToken ct) => ValueTask.FromResult(kid == Kid ? Key : null);
    }
}
