using Amazon.Runtime;
using Microsoft.Extensions.Configuration;

namespace MediaDiscovery.Aws.Secrets;

/// <summary>
/// Which secret ARNs the CDK stack passes and where their values go:
/// <c>Webhooks:SecretArns:&lt;platform&gt;</c> (space-separated <c>whsec_…</c> during a rotation) →
/// <c>Webhooks:Secrets:&lt;platform&gt;:&lt;n&gt;</c>, and <c>Platforms:CredentialsSecretArn</c>
/// (<c>{"&lt;platform&gt;":{"apiKey":"…"}}</c>) → <c>Availability:Platforms:&lt;platform&gt;:ApiKey</c>.
/// </summary>
public static class SecretsManagerConfiguration
{
    public const string WebhookSecretArns = "Webhooks:SecretArns";
    public const string WebhookSecrets = "Webhooks:Secrets";
    public const string PlatformCredentialsArn = "Platforms:CredentialsSecretArn";
    public const string PlatformOptions = "Availability:Platforms";

    public static IReadOnlyList<SecretMapping> Mappings(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var mappings = configuration.GetSection(WebhookSecretArns).GetChildren()
            .Where(s => !string.IsNullOrWhiteSpace(s.Value))
            .Select(s => new SecretMapping(s.Value!, $"{WebhookSecrets}:{s.Key}", SecretShape.SpaceSeparatedList))
            .ToList();
        if (configuration[PlatformCredentialsArn] is { Length: > 0 } credentials)
            mappings.Add(new SecretMapping(credentials, PlatformOptions, SecretShape.JsonObject));
        return mappings;
    }

    /// <summary>
    /// Adds the secrets the configuration built so far names; nothing when it names none (LocalHost, tests).
    /// <c>SecretsManager:Endpoint</c> overrides the regional endpoint (a VPC endpoint, tests).
    /// </summary>
    public static IConfigurationBuilder AddSecretsManagerSecrets(this IConfigurationBuilder builder, AWSCredentials? credentials = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var current = builder is IConfiguration configuration ? configuration : builder.Build();
        var mappings = Mappings(current);
        if (mappings.Count == 0)
            return builder;
        var endpoint = current["SecretsManager:Endpoint"] is { Length: > 0 } url ? new Uri(url, UriKind.Absolute) : null;
        return builder.Add(new SecretsManagerConfigurationSource(mappings, SecretsManagerConfigurationSource.Clients(endpoint, credentials)));
    }
}
