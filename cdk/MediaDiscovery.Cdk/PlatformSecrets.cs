using Amazon.CDK;
using Amazon.CDK.AWS.SecretsManager;
using Constructs;

namespace MediaDiscovery.Cdk;

/// <summary>
/// Secrets Manager secrets: one webhook signing secret per platform (its value, <c>whsec_...</c>, is put by the
/// operator: the platform issues it) and one JSON of platform API credentials. Functions get the ARNs, not values.
/// </summary>
public sealed class PlatformSecrets : Construct
{
    public static readonly IReadOnlyList<string> Platforms = ["netflix", "prime-video", "disney-plus", "hulu"];

    public PlatformSecrets(Construct scope, string id, DeploymentSettings settings) : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var removal = settings.IsProduction ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
        WebhookSigning = Platforms.ToDictionary(p => p, p => new Secret(this, "Webhook-" + p, new SecretProps
        {
            Description = $"Standard Webhooks signing secret (whsec_...) of {p}; several, space-separated, during a rotation",
            RemovalPolicy = removal,
        }), StringComparer.Ordinal);
        PlatformCredentials = new Secret(this, "PlatformCredentials", new SecretProps
        {
            Description = "Platform API credentials as JSON: { \"<platform>\": { \"apiKey\": \"...\" } }",
            RemovalPolicy = removal,
        });
    }

    public IReadOnlyDictionary<string, Secret> WebhookSigning { get; }

    public Secret PlatformCredentials { get; }
}
