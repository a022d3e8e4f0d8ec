using System.Net.Http.Json;
using MediaDiscovery.PlatformSimulator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace MediaDiscovery.Functions.Availability.Tests;

/// <summary>The platform simulator on Kestrel, 127.0.0.1, a random port, serving the demo catalog.</summary>
public sealed class SimulatorServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private SimulatorServer(WebApplication app, Uri baseUrl)
    {
        this.app = app;
        BaseUrl = baseUrl;
        Control = new HttpClient { BaseAddress = baseUrl };
    }

    public static string DemoCatalog => Path.Combine(AppContext.BaseDirectory, "DemoCatalog");

    /// <summary>http://127.0.0.1:port/simulator/</summary>
    public Uri BaseUrl { get; }

    public HttpClient Control { get; }

    public string PlatformUrl(string platform) => new Uri(BaseUrl, platform).ToString();

    public static async Task<SimulatorServer> StartAsync(string? catalogDirectory = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Simulator:CatalogDirectory"] = catalogDirectory ?? DemoCatalog });
        builder.Services.AddPlatformSimulator(builder.Configuration);
        var app = builder.Build();
        app.MapPlatformSimulator();
        await app.StartAsync();
        return new SimulatorServer(app, new Uri(app.Urls.First().TrimEnd('/') + "/simulator/"));
    }

    public async Task SetFaultsAsync(string platform, SimulatorFaults faults) =>
        (await Control.PutAsJsonAsync($"{platform}/faults", faults, PlatformSimulatorJsonContext.Default.SimulatorFaults)).EnsureSuccessStatusCode();

    public async Task<SimulatorStats> StatsAsync(string platform) =>
        (await Control.GetFromJsonAsync($"{platform}/stats", PlatformSimulatorJsonContext.Default.SimulatorStats))!;

    public async ValueTask DisposeAsync()
    {
        Control.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
