using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace MediaDiscovery.LocalHost.Tests;

/// <summary>The user and recommendation endpoints end to end through the LocalHost, on the demo catalog.</summary>
public sealed class RecommendationsApiTests(UserDataFixture fixture) : IClassFixture<UserDataFixture>
{
    private readonly HttpClient client = fixture.Client;

    private async Task<List<Title>> TitlesAsync(Func<Title, bool> predicate, int count)
    {
        var found = new List<Title>();
        await foreach (var title in fixture.App.Services.GetRequiredService<ICatalogStore>().ListAllAsync())
        {
            if (predicate(title))
                found.Add(title);
            if (found.Count == count)
                break;
        }
        Assert.Equal(count, found.Count);
        return found;
    }

    private static bool OnNetflix(Title t) => t.Availability.Any(a => a.Platform == "netflix" && a.Available);

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? json = null) =>
        client.SendAsync(new HttpRequestMessage(method, new Uri(path, UriKind.Relative))
        {
            Content = json is null ? null : new StringContent(json, Encoding.UTF8, "application/json"),
        });

    private async Task<JsonElement> OkJsonAsync(HttpMethod method, string path, string? json = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await SendAsync(method, path, json);
        Assert.True(expected == response.StatusCode, $"{method} {path} -> {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task A_user_acts_reads_back_gets_recommendations_exports_and_is_erased()
    {
        var titles = await TitlesAsync(OnNetflix, 6);
        fixture.Engine.Titles = titles.Select(t => t.Id).ToList();
        const string user = "e2e.journey@example.com";
        var u = Uri.EscapeDataString(user);

        await OkJsonAsync(HttpMethod.Post, $"/api/v1/users/{u}/events", $$"""{"titleId":"{{titles[0].Id}}","kind":"view","completion":0.9,"eventId":"v-1"}""", HttpStatusCode.Created);
        await OkJsonAsync(HttpMethod.Post, $"/api/v1/users/{u}/events", $$"""{"titleId":"{{titles[0].Id}}","kind":"rating","rating":5}""", HttpStatusCode.Created);
        var add = await OkJsonAsync(HttpMethod.Post, $"/api/v1/users/{u}/events", $$"""{"titleId":"{{titles[1].Id}}","kind":"watchlist-add"}""", HttpStatusCode.Created);
        await OkJsonAsync(HttpMethod.Post, $"/api/v1/users/{u}/events", $$"""{"titleId":"{{titles[0].Id}}","kind":"view","completion":0.9,"eventId":"v-1"}""", HttpStatusCode.OK);

        var history = await OkJsonAsync(HttpMethod.Get, $"/api/v1/users/{u}/history");
        Assert.Equal(3, history.GetProperty("events").GetArrayLength());
        var watchlist = await OkJsonAsync(HttpMethod.Get, $"/api/v1/users/{u}/watchlist");
        var item = Assert.Single(watchlist.GetProperty("items").EnumerateArray());
        Assert.Equal(titles[1].Name, item.GetProperty("title").GetProperty("title").GetString());
        Assert.Contains(item.GetProperty("title").GetProperty("availability").EnumerateArray(), a => a.GetProperty("platform").GetString() == "netflix");
        Assert.Equal(add.GetProperty("at").GetDateTimeOffset(), item.GetProperty("addedAt").GetDateTimeOffset());

        await OkJsonAsync(HttpMethod.Put, $"/api/v1/users/{u}/preferences", """{"platforms":["netflix"],"likedGenres":["comedy"],"avoidedGenres":["horror"],"maxMinAge":18}""");

        var list = await OkJsonAsync(HttpMethod.Get, $"/api/v1/recommendations?userId={u}&limit=3");
        Assert.Equal(user, list.GetProperty("userId").GetString());
        Assert.Equal(["netflix"], list.GetProperty("platforms").EnumerateArray().Select(p => p.GetString()));
        var recommendations = list.GetProperty("recommendations").EnumerateArray().ToList();
        Assert.Equal(3, recommendations.Count);
        Assert.DoesNotContain(recommendations, r => r.GetProperty("title").GetProperty("id").GetString() == titles[0].Id);
        Assert.All(recommendations, r =>
        {
            Assert.False(string.IsNullOrEmpty(r.GetProperty("title").GetProperty("title").GetString()));
            Assert.Contains(r.GetProperty("strategy").GetString(), new[] { "collaborative", "content", "trending", "discovery" });
            Assert.False(string.IsNullOrEmpty(r.GetProperty("reason").GetString()));
            Assert.Contains(r.GetProperty("title").GetProperty("availability").EnumerateArray(), a => a.GetProperty("platform").GetString() == "netflix");
        });
        Assert.True(list.GetProperty("expiresAt").GetDateTimeOffset() > list.GetProperty("generatedAt").GetDateTimeOffset());
        var cached = await OkJsonAsync(HttpMethod.Get, $"/api/v1/recommendations?userId={u}&limit=3");
        Assert.Equal(list.GetProperty("generatedAt").GetRawText(), cached.GetProperty("generatedAt").GetRawText());

        var export = await OkJsonAsync(HttpMethod.Get, $"/api/v1/users/{u}/export");
        Assert.Equal(3, export.GetProperty("events").GetArrayLength());
        Assert.Equal(18, export.GetProperty("preferences").GetProperty("maxMinAge").GetInt32());
        Assert.Single(export.GetProperty("watchlist").EnumerateArray());

        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(HttpMethod.Delete, $"/api/v1/users/{u}")).StatusCode);
        var erased = await OkJsonAsync(HttpMethod.Get, $"/api/v1/users/{u}/export");
        Assert.Empty(erased.GetProperty("events").EnumerateArray());
        Assert.Empty(erased.GetProperty("watchlist").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, erased.GetProperty("preferences").GetProperty("updatedAt").ValueKind);
        var fresh = await OkJsonAsync(HttpMethod.Get, $"/api/v1/recommendations?userId={u}&limit=3");
        Assert.NotEqual(list.GetProperty("generatedAt").GetRawText(), fresh.GetProperty("generatedAt").GetRawText());
        Assert.Contains(fresh.GetProperty("recommendations").EnumerateArray(), r => r.GetProperty("title").GetProperty("id").GetString() == titles[0].Id);
    }

    [Fact]
    public async Task A_new_event_invalidates_the_cached_list()
    {
        var titles = await TitlesAsync(OnNetflix, 3);
        fixture.Engine.Titles = titles.Select(t => t.Id).ToList();
        var before = await OkJsonAsync(HttpMethod.Get, "/api/v1/recommendations?userId=e2e-invalidate&limit=2&platforms=netflix");
        Assert.Equal(titles[0].Id, before.GetProperty("recommendations")[0].GetProperty("title").GetProperty("id").GetString());

        await OkJsonAsync(HttpMethod.Post, "/api/v1/users/e2e-invalidate/events", $$"""{"titleId":"{{titles[0].Id}}","kind":"view"}""", HttpStatusCode.Created);

        var after = await OkJsonAsync(HttpMethod.Get, "/api/v1/recommendations?userId=e2e-invalidate&limit=2&platforms=netflix");
        Assert.Equal(titles[1].Id, after.GetProperty("recommendations")[0].GetProperty("title").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Bad_input_is_a_problem_listing_what_is_wrong()
    {
        var invalid = await SendAsync(HttpMethod.Post, "/api/v1/users/e2e-bad/events", """{"titleId":true,"kind":"binge","rating":9,"at":"tomorrow"}""");
        var problem = await ProblemAssert.IsProblemAsync(invalid, HttpStatusCode.BadRequest, "validation");
        Assert.Equal(["at", "kind", "rating", "titleId"], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));

        var unknown = await SendAsync(HttpMethod.Post, "/api/v1/users/e2e-bad/events", """{"titleId":"t_0000000000000000","kind":"view"}""");
        await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.NotFound, "not-found");

        await ProblemAssert.IsProblemAsync(await SendAsync(HttpMethod.Post, "/api/v1/users/e2e-bad/events", "{\"titleId\":"), HttpStatusCode.BadRequest, "malformed-request");
        var preferences = await ProblemAssert.IsProblemAsync(
            await SendAsync(HttpMethod.Put, "/api/v1/users/e2e-bad/preferences", """{"platforms":["max"],"likedGenres":["sci-fi"]}"""), HttpStatusCode.BadRequest, "validation");
        Assert.Contains("science-fiction", preferences.GetProperty("errors").GetProperty("likedGenres")[0].GetString(), StringComparison.Ordinal);
        await ProblemAssert.IsProblemAsync(await SendAsync(HttpMethod.Get, "/api/v1/recommendations?userId=e2e-bad&platforms=netflix,max"), HttpStatusCode.BadRequest, "validation");
    }

    [Fact]
    public async Task Training_returns_the_version_now_serving()
    {
        var trained = await OkJsonAsync(HttpMethod.Post, "/api/v1/admin/recommendations/train");
        Assert.StartsWith("fake/v", trained.GetProperty("modelVersion").GetString(), StringComparison.Ordinal);
        var list = await OkJsonAsync(HttpMethod.Get, "/api/v1/recommendations?userId=e2e-train");
        Assert.Equal(trained.GetProperty("modelVersion").GetString(), list.GetProperty("modelVersion").GetString());
    }
}
