using System.Globalization;
using Amazon.CDK.AWS.Lambda;
using Constructs;

namespace MediaDiscovery.Cdk;

/// <summary>
/// What varies between deployments, read from CDK context (<c>-c key=value</c> or <c>cdk.json</c>): the stage, the
/// functions' architecture, the JWT issuer and audience, the schedules, and where the published functions are.
/// </summary>
public sealed record DeploymentSettings
{
    /// <summary>Environment variable that overrides the asset directory when the <c>assetDirectory</c> context is absent.</summary>
    public const string AssetDirectoryVariable = "MEDIADISCOVERY_ASSET_DIR";

    public required DeploymentStage Stage { get; init; }

    public required Architecture Architecture { get; init; }

    public required string JwtIssuer { get; init; }

    public required string JwtAudience { get; init; }

    /// <summary>The issuer's key set, for the functions' own token validation (the gateway finds it by discovery).</summary>
    public required string JwksUrl { get; init; }

    /// <summary>
    /// A directory holding one already published function per sub-directory (<c>Search</c>, <c>Intent</c>...), or
    /// null (the default): synth publishes each function itself (<see cref="FunctionPublisher"/>).
    /// </summary>
    public string? AssetDirectory { get; init; }

    /// <summary>
    /// One format for every function (<c>-c publishFormat=aot|readytorun</c>), or null (the default,
    /// <c>measured</c>): each function in the format its cold start measured best in (<see cref="FunctionSpec.MeasuredFormat"/>).
    /// </summary>
    public FunctionPublishFormat? PublishFormat { get; init; }

    /// <summary>The format a function is published and deployed in.</summary>
    public FunctionPublishFormat FormatOf(FunctionSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return PublishFormat ?? spec.MeasuredFormat;
    }

    /// <summary>An EventBridge schedule expression, e.g. <c>rate(6 hours)</c>.</summary>
    public required string CatalogSyncSchedule { get; init; }

    public required string AvailabilitySweepSchedule { get; init; }

    /// <summary>OpenSearch dedicated master nodes (three); off for dev, on for prod unless the context says otherwise.</summary>
    public required bool DedicatedMasters { get; init; }

    /// <summary>Browser origins allowed by CORS; none means no browser access.</summary>
    public required IReadOnlyList<string> CorsOrigins { get; init; }

    /// <summary>Where alarm notifications go by e-mail, or none (subscribe to the topic by other means).</summary>
    public string? AlarmEmail { get; init; }

    /// <summary>The platform feeds CatalogSync reads (<c>-c catalogFeeds=netflix=https://...;hulu=https://...</c>).</summary>
    public required IReadOnlyDictionary<string, string> CatalogFeeds { get; init; }

    /// <summary>The platforms' availability APIs the adapters call (<c>-c platformApis=netflix=https://...;...</c>).</summary>
    public required IReadOnlyDictionary<string, string> PlatformApis { get; init; }

    /// <summary>
    /// What embeds titles and queries (<c>-c embeddingModel=...</c>): <c>bedrock-titan</c> (default, 1024 dimensions) or
    /// <c>arctic-embed-xs</c> (the LocalHost's encoder, run inside the Search and Embeddings functions; 384).
    /// </summary>
    public string EmbeddingModel { get; init; } = "bedrock-titan";

    /// <summary>The vector size the titles index is created with: the embedding model's.</summary>
    public int EmbeddingDimensions => EmbeddingModel == "arctic-embed-xs" ? 384 : 1024;

    /// <summary>The published Lambda Web Adapter layer version (the same number for both architectures).</summary>
    public required int WebAdapterLayerVersion { get; init; }

    public bool IsProduction => Stage == DeploymentStage.Prod;

    public static DeploymentSettings FromContext(Construct scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        // dev unless prod is asked for: a bare `npx cdk synth` must work, and prod must be a choice.
        var stage = Text(scope, "stage") switch
        {
            null or "dev" => DeploymentStage.Dev,
            "prod" => DeploymentStage.Prod,
            var other => throw new ArgumentException($"Context 'stage' must be 'dev' (the default) or 'prod' (-c stage=prod), not '{other}'."),
        };
        var issuer = HttpsUrl(Text(scope, "jwtIssuer") ?? "https://auth.mediadiscovery.dev", "jwtIssuer");
        return new DeploymentSettings
        {
            Stage = stage,
            Architecture = (Text(scope, "architecture") ?? "arm64") switch
            {
                "arm64" => Architecture.ARM_64,
                "x86_64" => Architecture.X86_64,
                var other => throw new ArgumentException($"Context 'architecture' must be 'arm64' or 'x86_64', not '{other}'."),
            },
            JwtIssuer = issuer,
            // Cognito and most OIDC issuers publish their keys here.
            JwksUrl = HttpsUrl(Text(scope, "jwksUrl") ?? issuer.TrimEnd('/') + "/.well-known/jwks.json", "jwksUrl"),
            JwtAudience = Text(scope, "jwtAudience") ?? "mediadiscovery-api",
            AssetDirectory = Text(scope, "assetDirectory")
                ?? (System.Environment.GetEnvironmentVariable(AssetDirectoryVariable) is { Length: > 0 } directory ? directory : null),
            PublishFormat = (Text(scope, "publishFormat") ?? "measured") switch
            {
                "measured" => null,
                var name => FunctionPublishFormat.Named(name)
                    ?? throw new ArgumentException($"Context 'publishFormat' must be 'measured' (the default: each function's best, ADR 0014), 'aot' or 'readytorun', not '{name}'."),
            },
            CatalogSyncSchedule = Schedule(Text(scope, "catalogSyncSchedule") ?? "rate(6 hours)", "catalogSyncSchedule"),
            AvailabilitySweepSchedule = Schedule(Text(scope, "availabilitySweepSchedule") ?? (stage == DeploymentStage.Prod ? "rate(1 hour)" : "rate(6 hours)"), "availabilitySweepSchedule"),
            DedicatedMasters = Flag(scope, "dedicatedMasters") ?? stage == DeploymentStage.Prod,
            CorsOrigins = (Text(scope, "corsOrigins") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            AlarmEmail = Text(scope, "alarmEmail"),
            CatalogFeeds = PlatformUrls(Text(scope, "catalogFeeds") ?? "", "catalogFeeds"),
            PlatformApis = PlatformUrls(Text(scope, "platformApis") ?? "", "platformApis"),
            EmbeddingModel = (Text(scope, "embeddingModel") ?? "bedrock-titan") switch
            {
                "bedrock-titan" => "bedrock-titan",
                "arctic-embed-xs" => "arctic-embed-xs",
                var other => throw new ArgumentException($"Context 'embeddingModel' must be 'bedrock-titan' or 'arctic-embed-xs', not '{other}'."),
            },
            WebAdapterLayerVersion = int.Parse(Text(scope, "webAdapterLayerVersion") ?? "26", CultureInfo.InvariantCulture),
        };
    }

    private static string? Text(Construct scope, string key) =>
        scope.Node.TryGetContext(key) is { } value && value.ToString() is { Length: > 0 } text ? text : null;

    private static bool? Flag(Construct scope, string key) => Text(scope, key) switch
    {
        null => null,
        "true" or "True" => true,
        "false" or "False" => false,
        var other => throw new ArgumentException($"Context '{key}' must be true or false, not '{other}'."),
    };

    private static Dictionary<string, string> PlatformUrls(string text, string key) =>
        text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(entry => entry.Split('=', 2, StringSplitOptions.TrimEntries))
            .ToDictionary(
                pair => pair.Length == 2 && PlatformSecrets.Platforms.Contains(pair[0])
                    ? pair[0]
                    : throw new ArgumentException($"Context '{key}' entries are <platform>=<url> with a known platform, not '{string.Join('=', pair)}'."),
                pair => HttpsUrl(pair[1], key),
                StringComparer.Ordinal);

    private static string Schedule(string expression, string key) =>
        expression.StartsWith("rate(", StringComparison.Ordinal) || expression.StartsWith("cron(", StringComparison.Ordinal)
            ? expression
            : throw new ArgumentException($"Context '{key}' must be an EventBridge rate(...) or cron(...) expression, not '{expression}'.");

    private static string HttpsUrl(string value, string key) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps
            ? value
            : throw new ArgumentException($"Context '{key}' must be an https URL (the JWT 'iss'), not '{value}'.");
}
