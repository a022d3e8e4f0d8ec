using System.Security.Cryptography;
using System.Text;

namespace MediaDiscovery.LocalHost.Extensions;

/// <summary>
/// The LocalHost's command line and defaults: <c>--catalog &lt;dir&gt;</c> (platform exports to ingest; default the
/// bundled demo catalog), <c>--data &lt;dir&gt;</c> (where the SQLite file lives; default <c>.data/&lt;catalog&gt;</c>),
/// <c>--urls</c> (default http://127.0.0.1:5080).
/// </summary>
public static class LocalHostDefaults
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

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
        config.AddInMemoryCollection(overrides.Where(kv => kv.Value is not null));
        if (string.IsNullOrEmpty(config["urls"]) && string.IsNullOrEmpty(config["ASPNETCORE_URLS"]))
            builder.WebHost.UseUrls(DefaultUrl);
        return builder;
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
