using Amazon.Runtime;
using Microsoft.Extensions.Configuration;

namespace MediaDiscovery.Aws.Secrets;

/// <summary>
/// Configuration read once, at startup, from Secrets Manager: the stack passes secret ARNs, never values. Which
/// secrets, and under which keys, comes from <see cref="SecretsManagerConfiguration.Mappings"/>.
/// </summary>
public sealed class SecretsManagerConfigurationSource(IReadOnlyList<SecretMapping> mappings, Func<string, SecretsManagerClient> clientForRegion)
    : IConfigurationSource
{
    public IReadOnlyList<SecretMapping> Mappings => mappings;

    public IConfigurationProvider Build(IConfigurationBuilder builder) => new SecretsManagerConfigurationProvider(this, clientForRegion);

    /// <summary>Clients for the region in each secret's ARN, signed with the given or the default credentials.</summary>
    public static Func<string, SecretsManagerClient> Clients(Uri? endpoint = null, AWSCredentials? credentials = null) =>
        region => SecretsManagerClient.Create(region, endpoint, credentials);
}
