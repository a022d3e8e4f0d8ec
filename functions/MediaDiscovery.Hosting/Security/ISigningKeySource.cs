using System.Security.Cryptography;

namespace MediaDiscovery.Hosting.Security;

/// <summary>Where token signing keys come from (configuration, a JWKS URL, the LocalHost's development issuer).</summary>
public interface ISigningKeySource
{
    /// <summary>The RSA public key with this <c>kid</c>, or null when this source does not know it.</summary>
    ValueTask<RSA?> FindAsync(string kid, CancellationToken ct);
}
