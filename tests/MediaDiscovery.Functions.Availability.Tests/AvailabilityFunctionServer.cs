using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Catalog.Ingestion;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Embedded.Feeds;
using MediaDiscovery.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MediaDiscovery.Functions.Availability.Tests;

/// <summary>
/// The Availability function as its Lambda runs it (service defaults, events path), on Kestrel 127.0.0.1 with a
/// fresh SQLite catalog holding the demo catalog, its adapters pointed at the simulator.
/// </summary>
public sealed class AvailabilityFunctionServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly string dataDirectory;

    private AvailabilityFunctionServer(WebApplication app, string dataDirectory)
    {
        this.app = app;
        this.dataDirectory = dataDirectory;
        BaseUrl = new Uri(app.Urls.First().TrimEnd('/') + "/");
        Client = new HttpClient { BaseAddress = BaseUrl };
    }

    public Uri BaseUrl { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => app.Services;

    public ICatalogStore Store => app.Services.GetRequiredService<ICatalogStore>();

    public static async Task<AvailabilityFunctionServer> StartAsync(SimulatorServer simulator)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("md-availability-").FullName;
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddServiceDefaults();
        builder.Logging.ClearProviders();
        var settings = new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = dataDirectory,
            ["Availability:Sweep:DueAfter"] = "00:00:00",
            ["Availability:Sweep:BatchSize"] = "10",
            ["Availability:Sweep:TaskRetries"] = "1",
            ["Availability:Sweep:TaskRetryInterval"] = "00:00:00.010",
        };
        foreach (var platform in CatalogTaxonomy.Default.Platforms.Select(p => p.Id))
        {
            settings[$"Availability:Platforms:{platform}:BaseUrl"] = simulator.PlatformUrl(platform);
            settings[$"Availability:Platforms:{platform}:MaxRetries"] = "1";
            settings[$"Availability:Platforms:{platform}:RetryDelay"] = "00:00:00.001";
            settings[$"Availability:Platforms:{platform}:MinimumThroughput"] = "1000";
        }
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddAvailabilityFunction(builder.Configuration);
        var app = builder.Build();
        app.UseServiceDefaults();
        app.MapAvailabilityFunction();
        await SeedAsync(app.Services);
        await app.StartAsync();
        return new AvailabilityFunctionServer(app, dataDirectory);
    }

    public async Task<Title> TitleOfAsync(string platform, string showId) =>
        await Store.FindByExternalIdAsync(ExternalIds.Of(platform, showId)) ?? throw new InvalidOperationException($"No title for {platform}:{showId}");

    /// <summary>Every title's availability, without times: what two equivalent sweeps must leave behind.</summary>
    public async Task<List<string>> AvailabilitySnapshotAsync()
    {
        var rows = new List<string>();
        await foreach (var title in Store.ListAllAsync())
            rows.AddRange(title.Availability.Select(a => $"{title.Id} {a.Platform} {a.ShowId} {a.Available} {a.PriceType} {a.Url} stale={a.Stale}"));
        return rows;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A SQLite handle may linger briefly; the temp directory is cleaned by the OS.
        }
    }

    private static async Task SeedAsync(IServiceProvider services)
    {
        var ingestion = services.GetRequiredService<CatalogIngestion>();
        var feeds = new List<PlatformFeedResult>();
        foreach (var feed in CatalogDirectory.Discover(SimulatorServer.DemoCatalog).Feeds)
        {
            await using var stream = File.OpenRead(feed.Location);
            feeds.Add(ingestion.ReadFeed(feed.Platform, stream));
        }
        var snapshot = ingestion.Merge(feeds, scores: null);
        await services.GetRequiredService<ICatalogStore>().PutAsync(snapshot.Titles.Select(t => new TitleWrite(t, 0)).ToList());
    }
}
