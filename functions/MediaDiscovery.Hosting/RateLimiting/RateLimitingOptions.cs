using MediaDiscovery.Core.RateLimiting;

namespace MediaDiscovery.Hosting.RateLimiting;

/// <summary>
/// Section <c>RateLimiting</c>: a token bucket per caller, sized by tier
/// (<c>RateLimiting:Tiers:&lt;anonymous|user|premium|admin&gt;:PermitsPerMinute</c>). The defaults are the
/// production ones (seed 001); the LocalHost raises them in its appsettings.json.
/// </summary>
public sealed class RateLimitingOptions
{
    public const string SectionName = "RateLimiting";

    public bool Enabled { get; set; } = true;

    /// <summary>Behind API Gateway the client address is the last entry of X-Forwarded-For (the gateway appends
    /// it); the connection's address is the adapter's loopback. Off by default: a direct caller could forge it.</summary>
    public bool TrustForwardedFor { get; set; }

    /// <summary>
    /// The value CloudFront sends in <see cref="EdgeSecretHeader"/> to the API origin (a generated secret; none by
    /// default). A request that carries it came through the page's distribution, which appended the viewer's address
    /// before API Gateway appended the edge's: the entry before the last of X-Forwarded-For is then the client. A
    /// direct caller of the API host cannot pick its own key this way without the secret.
    /// </summary>
    public string? EdgeSecret { get; set; }

    public const string EdgeSecretHeader = "X-Origin-Verify";

    /// <summary>memory (this process) or redis (the shared cache; <c>Cache:Redis:Configuration</c>).</summary>
    public string Backend { get; set; } = "memory";

    public Dictionary<string, RateLimitTier> Tiers { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public TokenBucketLimit LimitFor(string tier) =>
        new(Math.Max(1, Tiers.TryGetValue(tier, out var configured) ? configured.PermitsPerMinute : DefaultPermitsPerMinute(tier)), TimeSpan.FromMinutes(1));

    public static int DefaultPermitsPerMinute(string tier) => tier switch
    {
        RateLimitTiers.Anonymous => 10,
        RateLimitTiers.User => 100,
        RateLimitTiers.Premium => 1000,
        _ => 10_000,
    };
}

public sealed class RateLimitTier
{
    public int PermitsPerMinute { get; set; }
}

/// <summary>Tier names: the anonymous tier, then the roles from most to least generous.</summary>
public static class RateLimitTiers
{
    public const string Anonymous = "anonymous";
    public const string User = "user";
    public const string Premium = "premium";
    public const string Admin = "admin";
}
