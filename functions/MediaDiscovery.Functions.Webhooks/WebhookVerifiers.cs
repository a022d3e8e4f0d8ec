using MediaDiscovery.Core.Catalog.Ingestion;
using MediaDiscovery.Core.Webhooks;

namespace MediaDiscovery.Functions.Webhooks;

/// <summary>
/// One <see cref="StandardWebhookVerifier"/> per platform, with the secrets of <c>Webhooks:Secrets:&lt;platform&gt;:&lt;n&gt;</c>
/// (several during a rotation, in key order). A platform without a secret has no verifier: its webhooks are refused.
/// </summary>
public sealed class WebhookVerifiers
{
    private readonly Dictionary<string, StandardWebhookVerifier> verifiers = new(StringComparer.Ordinal);

    public WebhookVerifiers(IConfiguration configuration, CatalogTaxonomy taxonomy, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(taxonomy);
        foreach (var platform in taxonomy.Platforms)
        {
            var secrets = configuration.GetSection($"Webhooks:Secrets:{platform.Id}").GetChildren()
                .OrderBy(s => int.TryParse(s.Key, out var n) ? n : int.MaxValue).ThenBy(s => s.Key, StringComparer.Ordinal)
                .Select(s => s.Value).OfType<string>().Where(s => s.Length > 0).ToList();
            if (secrets.Count > 0)
                verifiers[platform.Id] = new StandardWebhookVerifier(secrets, clock);
        }
    }

    /// <summary>The platform's verifier, or null when no secret is configured for it.</summary>
    public StandardWebhookVerifier? For(string platform) => verifiers.GetValueOrDefault(platform);
}
