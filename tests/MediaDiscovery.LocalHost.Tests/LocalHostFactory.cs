using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Ports;
using Microsoft.AspNetCore.Hosting;
using MediaDiscovery.Hosting.Security;
using MediaDiscovery.LocalHost.Tests.Security;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MediaDiscovery.LocalHost.Tests;

/// <summary>
/// The whole LocalHost in memory, on a fresh data directory; by default with the bundled demo catalog, or with
/// a catalog directory a test prepares.
/// </summary>
public sealed class LocalHostFactory : WebApplicationFactory<Program>
{
    private readonly string? catalogDirectory;
    private readonly IReadOnlyDictionary<string, string?> settings;

    /// <param name="settings">Further configuration, as on the command line.</param>
    public LocalHostFactory(string? catalogDirectory = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        this.catalogDirectory = catalogDirectory;
        this.settings = settings ?? new Dictionary<string, string?>();
        DataDirectory = Directory.CreateTempSubdirectory("md-localhost-").FullName;
    }

    public string DataDirectory { get; }

    /// <summary>Errors logged by the host: a test of hostile input asserts there are none.</summary>
    public ErrorLogCounter ErrorLogs { get; } = new();

    public ICatalogStore Store => Services.GetRequiredService<ICatalogStore>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("data", DataDirectory);
        if (catalogDirectory is not null)
            builder.UseSetting("catalog", catalogDirectory);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in settings)
            builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.AddProvider(ErrorLogs));
        // Tests mint their own tokens (and forge bad ones) with a key the host trusts.
        builder.ConfigureTestServices(services => services.AddSingleton(TestTokens.KeySource));
    }

    /// <summary>Waits until the start-up sync has loaded the catalog (the LocalHost syncs in the background).</summary>
    public async Task<HttpClient> CreateReadyClientAsync()
    {
        var client = CreateClient();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if ((await client.GetAsync(new Uri("/ready", UriKind.Relative))).IsSuccessStatusCode)
                return client;
            await Task.Delay(50);
        }
        throw new TimeoutException("The LocalHost did not load its catalog within 60 s.");
    }

    public async Task<Title> AnyTitleAsync(Func<Title, bool> predicate)
    {
        await foreach (var title in Store.ListAllAsync())
        {
            if (predicate(title))
                return title;
        }
        throw new InvalidOperationException("No such title in the catalog.");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // SQLite may still hold the file for a moment; a temp directory left behind is harmless.
            }
        }
    }
}
