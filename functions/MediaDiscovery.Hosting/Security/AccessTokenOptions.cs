namespace MediaDiscovery.Hosting.Security;

/// <summary>
/// How access tokens are validated (section <c>Authentication:Jwt</c>): RS256 only, from <see cref="Issuer"/> for
/// <see cref="Audience"/>, signed by one of <see cref="Keys"/> or of the keys published at <see cref="JwksUrl"/>
/// (found by <c>kid</c>, so the issuer can rotate by publishing a new key before signing with it).
/// </summary>
public sealed class AccessTokenOptions
{
    public const string SectionName = "Authentication:Jwt";

    public string Issuer { get; set; } = "https://auth.mediadiscovery.dev";

    public string Audience { get; set; } = "mediadiscovery-api";

    /// <summary>Tolerance for clocks that disagree, applied to <c>exp</c> and <c>nbf</c>.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Keys given in configuration (RSA public keys in PEM), each under its <c>kid</c>.</summary>
    public List<ConfiguredSigningKey> Keys { get; set; } = [];

    /// <summary>The issuer's JSON Web Key Set (e.g. Cognito's <c>.../.well-known/jwks.json</c>).</summary>
    public Uri? JwksUrl { get; set; }

    /// <summary>How often the key set is reread even when every <c>kid</c> is known.</summary>
    public TimeSpan JwksRefreshInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The least time between two rereads caused by unknown <c>kid</c>s (forged tokens must not flood the issuer).</summary>
    public TimeSpan JwksMinimumRefreshInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>memory (this process) or redis (the shared cache of <c>Cache:Redis</c>).</summary>
    public string RevocationBackend { get; set; } = "memory";

    /// <summary>Longer tokens are refused before any parsing.</summary>
    public int MaxTokenLength { get; set; } = 8 * 1024;
}

/// <summary>One configured RSA public key.</summary>
public sealed class ConfiguredSigningKey
{
    public string Kid { get; set; } = "";

    public string PublicKeyPem { get; set; } = "";
}
