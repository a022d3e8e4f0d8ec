using System.Security.Cryptography;
using System.Text;
using MediaDiscovery.Core.Catalog.Ingestion;

namespace MediaDiscovery.LocalHost.Extensions;

/// <summary>
/// The LocalHost's command line and defaults: <c>--catalog &lt;dir&gt;</c> (platform exports to ingest; default the
/// bundled demo catalog), <c>--data &lt;dir&gt;</c> (where the SQLite file lives; default <c>.data/&lt;catalog&gt;</c>),
/// <c>--urls</c> (default http://127.0.0.1:5080). A platform without <c>Availability:Platforms:&lt;platform&gt;:BaseUrl</c> has its
/// adapter ask the LocalHost's own simulator (<c>{url}/simulator/{platform}</c>).
/// </summary>
public static class LocalHostDefaults
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>
    /// The build output, where appsettings.json is, unless the command line or the environment names a content root
    /// (then null: the host reads it from there). The working directory is where relative paths on the command line
    /// point, and may be anywhere.
    /// </summary>
    public static string? ContentRoot(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var named = args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase) || a.StartsWith("/contentRoot", StringComparison.OrdinalIgnoreCase))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT"))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT"));
        return named ? null : AppContext.BaseDirectory;
    }

    public static WebApplicationBuilder AddLocalHostDefaults(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var catalog = config["catalog"] ?? config["CatalogSync:Directory"];
        var usesDemo = catalog is null && !config.GetSection("CatalogSync:Feeds").GetChildren().Any();
        if (usesDemo)
            catalog = Path.Combine(AppContext.BaseDirectory, "DemoCatalog");

        var overrides = new Dictionary<string, string?>
        {
            ["CatalogSync:Directory"] = catalog is null ? null : Path.GetFullPath(catalog),
            ["Storage:DataDirectory"] = config["data"] ?? config["Storage:DataDirectory"] ?? DefaultDataDirectory(usesDemo, catalog),
        };
        var url = config["urls"] ?? config["ASPNETCORE_URLS"];
        var simulator = SimulatorBaseUrl(string.IsNullOrEmpty(url) ? DefaultUrl : url);
        foreach (var platform in CatalogTaxonomy.Default.Platforms.Where(p => string.IsNullOrEmpty(config[$"Availability:Platforms:{p.Id}:BaseUrl"])))
            overrides[$"Availability:Platforms:{platform.Id}:BaseUrl"] = $"{simulator}/simulator/{platform.Id}";
        config.AddInMemoryCollection(overrides.Where(kv => kv.Value is not null));
        if (string.IsNullOrEmpty(url))
            builder.WebHost.UseUrls(DefaultUrl);
        return builder;
    }

    // The first listening URL, as a client on this machine reaches it.
    private static string SimulatorBaseUrl(string urls)
    {
        var first = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[0];
        var uri = new Uri(first.Replace("://+", "://0.0.0.0", StringComparison.Ordinal).Replace("://*", "://0.0.0.0", StringComparison.Ordinal));
        var host = uri.Host is "0.0.0.0" or "[::]" or "::" ? "127.0.0.1" : uri.Host;
        return $"{uri.Scheme}://{host}:{uri.Port}";
    }

    // One data directory per catalog, so switching between the demo and a real catalog never mixes them.
    private static string DefaultDataDirectory(bool usesDemo, string? catalog)
    {
        if (usesDemo || catalog is null)
            return Path.Combine(".data", "demo");
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(catalog)));
        return Path.Combine(".data", "catalog-" + Convert.ToHexStringLower(hash.AsSpan(0, 4)));
    }
}
