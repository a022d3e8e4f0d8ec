using Microsoft.Extensions.Configuration;

namespace MediaDiscovery.Aws.Secrets;

/// <summary>
/// Loads every mapped secret when the configuration is built. A secret that cannot be read fails startup: a
/// function without its webhook secrets or API keys would otherwise run and refuse or fail every call.
/// </summary>
public sealed class SecretsManagerConfigurationProvider(SecretsManagerConfigurationSource source, Func<string, SecretsManagerClient> clientForRegion)
    : ConfigurationProvider
{
    public override void Load()
    {
        var data = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var clients = new Dictionary<string, SecretsManagerClient>(StringComparer.Ordinal);
        foreach (var mapping in source.Mappings)
        {
            var region = SecretArns.Region(mapping.SecretArn);
            if (!clients.TryGetValue(region, out var client))
                clients[region] = client = clientForRegion(region);
            // Configuration providers load synchronously; this runs once, before the host starts.
            var secret = client.GetSecretStringAsync(mapping.SecretArn).GetAwaiter().GetResult();
            foreach (var (key, value) in mapping.Map(secret))
                data[key] = value;
        }
        Data = data;
    }
}
