namespace MediaDiscovery.Hosting.Security;

/// <summary>Section <c>Cors</c>: the web origins allowed to call the API from a browser (none by default).</summary>
public sealed class ApiCorsOptions
{
    public const string SectionName = "Cors";

    public string[] AllowedOrigins { get; set; } = [];
}
