using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace MediaDiscovery.Hosting.Security;

/// <summary>
/// The LocalHost's own issuer, for Development only: an RSA key generated at start (so tokens die with the
/// process) signs tokens for the configured issuer and audience, and validation trusts it like any other key.
/// </summary>
public sealed class DevelopmentTokenIssuer(IOptions<AccessTokenOptions> options, TimeProvider time) : ISigningKeySource, IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly RSA key = RSA.Create(2048);

    public string Kid { get; } = "dev-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));

    public ValueTask<RSA?> FindAsync(string kid, CancellationToken ct) => ValueTask.FromResult(kid == Kid ? key : null);

    public string Issue(string subject, IReadOnlyList<string> roles)
    {
        var now = time.GetUtcNow();
        return AccessTokenWriter.Write(key, Kid, new Dictionary<string, object?>
        {
            ["iss"] = options.Value.Issuer,
            ["aud"] = options.Value.Audience,
            ["sub"] = subject,
            ["jti"] = Guid.NewGuid().ToString("N"),
            ["iat"] = now.ToUnixTimeSeconds(),
            ["nbf"] = now.ToUnixTimeSeconds(),
            ["exp"] = (now + Lifetime).ToUnixTimeSeconds(),
            ["roles"] = roles,
        });
    }

    public void Dispose() => key.Dispose();
}
