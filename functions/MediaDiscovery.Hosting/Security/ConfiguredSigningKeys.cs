using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace MediaDiscovery.Hosting.Security;

/// <summary>The keys listed in <see cref="AccessTokenOptions.Keys"/>, imported once at start.</summary>
public sealed class ConfiguredSigningKeys : ISigningKeySource, IDisposable
{
    private readonly Dictionary<string, RSA> keys = new(StringComparer.Ordinal);

    public ConfiguredSigningKeys(IOptions<AccessTokenOptions> options)
    {
        foreach (var key in options.Value.Keys)
        {
            if (string.IsNullOrWhiteSpace(key.Kid))
                throw new InvalidOperationException($"Every key in {AccessTokenOptions.SectionName}:Keys needs a Kid.");
            var rsa = RSA.Create();
            rsa.ImportFromPem(key.PublicKeyPem);
            keys[key.Kid] = rsa;
        }
    }

    public ValueTask<RSA?> FindAsync(string kid, CancellationToken ct) => ValueTask.FromResult(keys.GetValueOrDefault(kid));

    public void Dispose()
    {
        foreach (var rsa in keys.Values)
            rsa.Dispose();
    }
}
