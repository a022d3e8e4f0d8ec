using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MediaDiscovery.LocalHost.Tests.Security;
using MediaDiscovery.Testing;

namespace MediaDiscovery.LocalHost.Tests;

/// <summary>Sync through HTTP on a catalog directory the test owns and changes.</summary>
public sealed class CatalogSyncApiTests : IAsyncLifetime
{
    private readonly string catalog = Directory.CreateTempSubdirectory("md-catalog-").FullName;
    private readonly FeedCsv netflix = new FeedCsv("Netflix")
        .Series("s1", "Cheers", 1982, description: "A Boston bar where everybody knows your name.")
        .Movie("s2", "Us", 2019, genres: "Horror Movies", director: "Jordan Peele", cast: "Lupita Nyong'o")
        .Movie("s3", "The Irishman", 2019, director: "Martin Scorsese", cast: "Robert De Niro");
    private readonly FeedCsv hulu = new FeedCsv("Hulu")
        .Series("s7", "Cheers", 1982, genres: "Comedy")
        .Movie("s8", "Nomadland", 2020, genres: "Drama", director: "Chloé Zhao", cast: "Frances McDormand");
    private LocalHostFactory factory = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        Write();
        factory = new LocalHostFactory(catalog);
        client = await factory.CreateReadyClientAsync();
        client.DefaultRequestHeaders.Authorization = TestTokens.Bearer(TestTokens.For("ops", "admin"));
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        Directory.Delete(catalog, recursive: true);
    }

    private void Write()
    {
        File.WriteAllText(Path.Combine(catalog, "netflix_titles.csv"), netflix.ToString(), Encoding.UTF8);
        File.WriteAllText(Path.Combine(catalog, "hulu_titles.csv"), hulu.ToString(), Encoding.UTF8);
        // A later mtime even on coarse file systems, so the fingerprint changes.
        foreach (var f in Directory.GetFiles(catalog))
            File.SetLastWriteTimeUtc(f, DateTime.UtcNow.AddSeconds(Directory.GetFiles(catalog).Length + Random.Shared.Next(1, 1000)));
    }

    private async Task<JsonElement> SyncAsync(string query = "")
    {
        var response = await client.PostAsync(new Uri("/api/v1/admin/catalog/sync" + query, UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task The_catalog_is_ingested_at_start_and_merged_across_platforms()
    {
        var cheers = await factory.Store.FindByExternalIdAsync("hulu:s7");
        Assert.Equal(["hulu", "netflix"], cheers!.Availability.Select(a => a.Platform));
        var platforms = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/platforms", UriKind.Relative));
        var counts = platforms.GetProperty("platforms").EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!, p => p.GetProperty("titleCount").GetInt32());
        Assert.Equal(3, counts["netflix"]);
        Assert.Equal(2, counts["hulu"]);
        Assert.Equal(0, counts["disney-plus"]);
    }

    [Fact]
    public async Task Only_admins_may_sync()
    {
        using var anonymous = factory.CreateClient();
        var noToken = await anonymous.PostAsync(new Uri("/api/v1/admin/catalog/sync", UriKind.Relative), null);
        await ProblemAssert.IsProblemAsync(noToken, HttpStatusCode.Unauthorized, "unauthorized");

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/admin/catalog/sync", UriKind.Relative));
        request.Headers.Authorization = TestTokens.Bearer(TestTokens.For("alice", "user", "premium"));
        await ProblemAssert.IsProblemAsync(await anonymous.SendAsync(request), HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task A_sync_of_unchanged_feeds_reports_unchanged()
    {
        var report = await SyncAsync();
        Assert.Equal("Unchanged", report.GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task A_sync_applies_exactly_the_rows_that_changed()
    {
        var irishman = (await factory.Store.FindByExternalIdAsync("netflix:s3"))!;
        netflix.Remove("s3").Change("s2", 11, "A family's beach holiday turns into a nightmare.")
            .Movie("s4", "Roma", 2018, director: "Alfonso Cuarón", cast: "Yalitza Aparicio");
        Write();

        var report = await SyncAsync();

        Assert.Equal("Applied", report.GetProperty("outcome").GetString());
        Assert.Equal(1, report.GetProperty("titlesAdded").GetInt32());
        Assert.Equal(1, report.GetProperty("titlesUpdated").GetInt32());
        Assert.Equal(1, report.GetProperty("availabilityRemoved").GetInt32());
        Assert.Equal(1, report.GetProperty("availabilityAdded").GetInt32());
        var availability = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/content/{irishman.Id}/availability", UriKind.Relative));
        Assert.False(availability.GetProperty("availability")[0].GetProperty("available").GetBoolean());
        var us = await factory.Store.FindByExternalIdAsync("netflix:s2");
        Assert.Equal("A family's beach holiday turns into a nightmare.", us!.Description);
    }

    [Fact]
    public async Task A_broken_feed_is_reported_and_its_platform_kept()
    {
        File.WriteAllText(Path.Combine(catalog, "netflix_titles.csv"), "show_id,oops\n1,2\n");
        File.SetLastWriteTimeUtc(Path.Combine(catalog, "netflix_titles.csv"), DateTime.UtcNow.AddMinutes(5));

        var report = await SyncAsync();

        var feed = report.GetProperty("feeds").EnumerateArray().Single(f => f.GetProperty("platform").GetString() == "netflix");
        Assert.Equal("Failed", feed.GetProperty("status").GetString());
        Assert.True((await factory.Store.FindByExternalIdAsync("netflix:s3"))!.Availability.Single().Available);
    }

    [Fact]
    public async Task The_schedule_event_runs_a_sync_and_bad_events_are_400()
    {
        var ok = await client.PostAsync(new Uri("/events/catalog-sync", UriKind.Relative),
            new StringContent("""{"version":"0","detail-type":"Scheduled Event","source":"aws.events","detail":{}}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);

        foreach (var bad in new[] { "{not json", "[]", """{"detail-type":"Something Else"}""", "" })
        {
            var response = await client.PostAsync(new Uri("/events/catalog-sync", UriKind.Relative), new StringContent(bad, Encoding.UTF8, "application/json"));
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "malformed-request");
        }
    }

    [Fact]
    public async Task A_forced_sync_of_the_same_data_changes_nothing()
    {
        var report = await SyncAsync("?force=true");
        Assert.Equal("Applied", report.GetProperty("outcome").GetString());
        Assert.Equal(0, report.GetProperty("titlesAdded").GetInt32() + report.GetProperty("titlesUpdated").GetInt32()
            + report.GetProperty("availabilityAdded").GetInt32() + report.GetProperty("availabilityRemoved").GetInt32());
    }
}
