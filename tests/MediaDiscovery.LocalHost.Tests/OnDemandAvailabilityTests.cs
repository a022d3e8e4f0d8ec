using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MediaDiscovery.Core.Catalog.Ingestion;
using MediaDiscovery.PlatformSimulator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace MediaDiscovery.LocalHost.Tests;

/// <summary>
/// Search verifies its top results' availability on demand: the LocalHost's adapters point at a platform simulator
/// on Kestrel (127.0.0.1, random port) and nothing counts as fresh, so every search asks.
/// </summary>
public sealed class OnDemandAvailabilityTests : IAsyncLifetime
{
    private WebApplication simulator = null!;
    private HttpClient control = null!;
    private LocalHostFactory factory = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Simulator:CatalogDirectory"] = Path.Combine(AppContext.BaseDirectory, "DemoCatalog"),
        });
        builder.Services.AddPlatformSimulator(builder.Configuration);
        simulator = builder.Build();
        simulator.MapPlatformSimulator();
        await simulator.StartAsync();
        control = new HttpClient { BaseAddress = new Uri(simulator.Urls.First().TrimEnd('/') + "/simulator/") };

        var settings = new Dictionary<string, string?> { ["Availability:FreshFor"] = "00:00:00", ["Availability:OnDemand:Budget"] = "00:00:00.200" };
        foreach (var platform in CatalogTaxonomy.Default.Platforms.Select(p => p.Id))
            settings[$"Availability:Platforms:{platform}:BaseUrl"] = new Uri(control.BaseAddress!, platform).ToString();
        factory = new LocalHostFactory(settings: settings);
        client = await factory.CreateReadyClientAsync();
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
        control.Dispose();
        await simulator.StopAsync();
        await simulator.DisposeAsync();
    }

    [Fact]
    public async Task Search_shows_what_the_platform_says_now_and_records_it()
    {
        // Stranger Things is netflix s1 in the demo catalog; the platform has just dropped it.
        (await control.DeleteAsync(new Uri("netflix/titles/s1", UriKind.Relative))).EnsureSuccessStatusCode();

        // On a loaded machine the first check may overrun the budget (the answer is then last known, marked stale);
        // the verification still completes and is recorded, so a later search shows the platform's answer. Each
        // attempt asks for another page size, so no cached response hides it.
        var netflix = Availability(await SearchAsync("stranger things", limit: 10), "Stranger Things", "netflix");
        for (var attempt = 1; netflix.GetProperty("available").GetBoolean() && attempt < 40; attempt++)
        {
            Assert.True(netflix.GetProperty("stale").GetBoolean(), "an unverified answer must be marked stale");
            await Task.Delay(250);
            netflix = Availability(await SearchAsync("stranger things", limit: 10 + attempt), "Stranger Things", "netflix");
        }
        Assert.False(netflix.GetProperty("available").GetBoolean());
        Assert.False(netflix.GetProperty("stale").GetBoolean());

        // Recorded off the request path, through the recorder: the stored title follows.
        var title = await factory.AnyTitleAsync(t => t.Name == "Stranger Things");
        var deadline = Stopwatch.StartNew();
        while (title.Availability.Single(a => a.Platform == "netflix").Available && deadline.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(50);
            title = (await factory.Store.GetAsync(title.Id))!;
        }
        Assert.False(title.Availability.Single(a => a.Platform == "netflix").Available);
    }

    [Fact]
    public async Task A_stalling_platform_answers_last_known_marked_stale_within_the_budget()
    {
        // The Simpsons is hulu s1 in the demo catalog.
        (await control.PutAsJsonAsync("hulu/faults", new SimulatorFaults(StallRate: 1, StallMs: 5000), PlatformSimulatorJsonContext.Default.SimulatorFaults))
            .EnsureSuccessStatusCode();
        var started = Stopwatch.StartNew();
        var response = await SearchAsync("the simpsons");
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(2), $"search took {started.Elapsed} with a stalled platform");

        var hulu = Availability(response, "The Simpsons", "hulu");
        Assert.True(hulu.GetProperty("available").GetBoolean());
        Assert.True(hulu.GetProperty("stale").GetBoolean());
        Assert.Equal(0, factory.ErrorLogs.Errors);
    }

    [Fact]
    public async Task A_platform_that_failed_recently_is_not_asked_again_and_its_entries_are_stale()
    {
        (await control.PutAsJsonAsync("hulu/faults", new SimulatorFaults(ErrorRate: 1), PlatformSimulatorJsonContext.Default.SimulatorFaults))
            .EnsureSuccessStatusCode();
        Assert.True(Availability(await SearchAsync("the simpsons"), "The Simpsons", "hulu").GetProperty("stale").GetBoolean());
        var asked = (await control.GetFromJsonAsync("hulu/stats", PlatformSimulatorJsonContext.Default.SimulatorStats))!.Requests;
        Assert.True(asked > 0);

        // The platform is healthy again, but it failed moments ago (window 10 s): searches do not spend their budget on it.
        (await control.DeleteAsync(new Uri("hulu/faults", UriKind.Relative))).EnsureSuccessStatusCode();
        var hulu = Availability(await SearchAsync("simpsons"), "The Simpsons", "hulu");
        Assert.True(hulu.GetProperty("available").GetBoolean());
        Assert.True(hulu.GetProperty("stale").GetBoolean());
        Assert.Equal(asked, (await control.GetFromJsonAsync("hulu/stats", PlatformSimulatorJsonContext.Default.SimulatorStats))!.Requests);
        Assert.Equal(0, factory.ErrorLogs.Errors);
    }

    private async Task<JsonElement> SearchAsync(string query, int limit = 20)
    {
        using var response = await client.PostAsync(new Uri("/api/v1/search", UriKind.Relative),
            new StringContent(JsonSerializer.Serialize(new { query, limit }), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static JsonElement Availability(JsonElement response, string title, string platform) =>
        response.GetProperty("results").EnumerateArray().First(r => r.GetProperty("title").GetString() == title)
            .GetProperty("availability").EnumerateArray().Single(a => a.GetProperty("platform").GetString() == platform);
}
