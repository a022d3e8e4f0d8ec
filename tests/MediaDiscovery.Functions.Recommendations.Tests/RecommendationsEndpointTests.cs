using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MediaDiscovery.Hosting.Security;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using static MediaDiscovery.Functions.Recommendations.Tests.RecommendationsFunctionFactory;

namespace MediaDiscovery.Functions.Recommendations.Tests;

/// <summary>The function's endpoints over HTTP in memory, with a fixed clock and a stand-in engine.</summary>
public sealed class RecommendationsEndpointTests : IDisposable
{
    private readonly RecommendationsFunctionFactory factory = new();
    private readonly HttpClient client;
    private readonly HttpClient admin;

    public RecommendationsEndpointTests()
    {
        client = factory.ClientFor("ada");
        admin = factory.ClientFor("ops", "admin");
        factory.Engine.Titles = [Matrix.Id, Office.Id, Fargo.Id];
    }

    public void Dispose() => factory.Dispose();

    private Task<HttpResponseMessage> PostEventAsync(string userId, string json) =>
        (userId == "ada" ? client : admin).PostAsync(new Uri($"/api/v1/users/{userId}/events", UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));

    private async Task<JsonElement> GetJsonAsync(string path)
    {
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static List<string> RecommendedIds(JsonElement response) =>
        response.GetProperty("recommendations").EnumerateArray().Select(r => r.GetProperty("title").GetProperty("id").GetString()!).ToList();

    [Fact]
    public async Task An_event_is_stored_and_a_retry_with_its_event_id_returns_it_with_200()
    {
        var first = await PostEventAsync("ada", $$"""{"titleId":"{{Matrix.Id}}","kind":"rating","rating":4.5,"eventId":"e-1"}""");
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var stored = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("rating", stored.GetProperty("kind").GetString());
        Assert.Equal(4.5, stored.GetProperty("rating").GetDouble());
        Assert.Equal("2026-11-22T10:00:00+00:00", stored.GetProperty("at").GetString());

        factory.Now += TimeSpan.FromMinutes(1);
        var retry = await PostEventAsync("ada", $$"""{"titleId":"{{Matrix.Id}}","kind":"rating","rating":4.5,"eventId":"e-1"}""");
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(stored.GetRawText(), (await retry.Content.ReadFromJsonAsync<JsonElement>()).GetRawText());
        Assert.Single((await factory.Users.ListEventsAsync("ada", 10)));

        var reuse = await PostEventAsync("ada", $$"""{"titleId":"{{Office.Id}}","kind":"view","eventId":"e-1"}""");
        Assert.Equal(HttpStatusCode.Conflict, reuse.StatusCode);
    }

    [Fact]
    public async Task Unknown_titles_are_404_and_bad_bodies_400_listing_every_problem()
    {
        var unknown = await PostEventAsync("ada", """{"titleId":"t_ffffffffffffffff","kind":"view"}""");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);

        var bad = await PostEventAsync("not%20ok", """{"titleId":1,"kind":"rating","rating":7}""");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await bad.Content.ReadFromJsonAsync<JsonElement>();
        Assert.EndsWith("/validation", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.Equal(["rating", "titleId", "userId"], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));

        var malformed = await PostEventAsync("ada", """{"titleId":""");
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.EndsWith("/malformed-request", (await malformed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.Empty(await factory.Users.ListEventsAsync("ada", 10));
    }

    [Fact]
    public async Task The_watchlist_follows_add_and_remove_events_and_shows_the_titles()
    {
        Assert.Equal(HttpStatusCode.Created, (await PostEventAsync("ada", $$"""{"titleId":"{{Matrix.Id}}","kind":"watchlist-add","at":"2026-11-20T10:00:00Z"}""")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await PostEventAsync("ada", $$"""{"titleId":"{{Office.Id}}","kind":"watchlist-add","at":"2026-11-21T10:00:00Z"}""")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await PostEventAsync("ada", $$"""{"titleId":"{{Matrix.Id}}","kind":"watchlist-remove"}""")).StatusCode);

        var watchlist = await GetJsonAsync("/api/v1/users/ada/watchlist");
        var item = Assert.Single(watchlist.GetProperty("items").EnumerateArray());
        Assert.Equal(Office.Id, item.GetProperty("titleId").GetString());
        Assert.Equal("The Office", item.GetProperty("title").GetProperty("title").GetString());
        Assert.Equal(DateTimeOffset.Parse("2026-11-21T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture), item.GetProperty("addedAt").GetDateTimeOffset());

        var history = await GetJsonAsync("/api/v1/users/ada/history?limit=2");
        Assert.Equal(["watchlist-remove", "watchlist-add"], history.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task Recommendations_are_cached_until_the_user_acts_and_render_current_titles()
    {
        var first = await GetJsonAsync("/api/v1/recommendations?userId=ada&limit=2&platforms=netflix,hulu");
        Assert.Equal([Matrix.Id, Office.Id], RecommendedIds(first));
        var top = first.GetProperty("recommendations")[0];
        Assert.Equal("The Matrix", top.GetProperty("title").GetProperty("title").GetString());
        Assert.Equal("trending", top.GetProperty("strategy").GetString());
        Assert.Equal("Trending now", top.GetProperty("reason").GetString());
        Assert.Equal(1.0, top.GetProperty("score").GetDouble());
        Assert.Equal(first.GetProperty("generatedAt").GetDateTimeOffset() + TimeSpan.FromHours(1), first.GetProperty("expiresAt").GetDateTimeOffset());
        var request = Assert.Single(factory.Engine.Requests);
        Assert.Equal(["netflix", "hulu"], request.Platforms);
        Assert.Equal(2, request.Limit);

        factory.Now += TimeSpan.FromMinutes(30);
        var again = await GetJsonAsync("/api/v1/recommendations?userId=ada&limit=2&platforms=hulu&platforms=netflix");
        Assert.Equal(first.GetProperty("generatedAt").GetRawText(), again.GetProperty("generatedAt").GetRawText());
        Assert.Single(factory.Engine.Requests);

        Assert.Equal(HttpStatusCode.Created, (await PostEventAsync("ada", $$"""{"titleId":"{{Matrix.Id}}","kind":"view","completion":1}""")).StatusCode);
        var after = await GetJsonAsync("/api/v1/recommendations?userId=ada&limit=2&platforms=netflix,hulu");
        Assert.Equal([Office.Id, Fargo.Id], RecommendedIds(after));
        Assert.Equal(2, factory.Engine.Requests.Count);
        Assert.Equal(Matrix.Id, Assert.Single(factory.Engine.Requests[^1].History).TitleId);

        factory.Now += TimeSpan.FromMinutes(61);
        await GetJsonAsync("/api/v1/recommendations?userId=ada&limit=2&platforms=netflix,hulu");
        Assert.Equal(3, factory.Engine.Requests.Count);
    }

    [Fact]
    public async Task Preferences_are_validated_stored_and_steer_the_next_list()
    {
        await GetJsonAsync("/api/v1/recommendations?userId=ada");
        var empty = await GetJsonAsync("/api/v1/users/ada/preferences");
        Assert.Equal(JsonValueKind.Null, empty.GetProperty("updatedAt").ValueKind);

        var bad = await client.PutAsJsonAsync(new Uri("/api/v1/users/ada/preferences", UriKind.Relative), JsonDocument.Parse("""{"platforms":["hbo"]}""").RootElement);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("disney-plus", (await bad.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var put = await client.PutAsJsonAsync(new Uri("/api/v1/users/ada/preferences", UriKind.Relative), JsonDocument.Parse("""{"platforms":["hulu"],"likedGenres":["comedy"],"maxMinAge":16}""").RootElement);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var stored = await GetJsonAsync("/api/v1/users/ada/preferences");
        Assert.Equal(["hulu"], stored.GetProperty("platforms").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(16, stored.GetProperty("maxMinAge").GetInt32());

        var list = await GetJsonAsync("/api/v1/recommendations?userId=ada");
        Assert.Equal(2, factory.Engine.Requests.Count); // the preference change invalidated the cached list
        Assert.Equal(["hulu"], factory.Engine.Requests[^1].Platforms);
        Assert.Equal(16, factory.Engine.Requests[^1].Preferences!.MaxMinAge);
        Assert.Equal(["hulu"], list.GetProperty("platforms").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task Erasure_removes_the_users_data_and_cached_list_and_is_idempotent()
    {
        await PostEventAsync("ada", $$"""{"titleId":"{{Matrix.Id}}","kind":"watchlist-add"}""");
        await PostEventAsync("bob", $$"""{"titleId":"{{Matrix.Id}}","kind":"watchlist-add"}""");
        await GetJsonAsync("/api/v1/recommendations?userId=ada");
        var export = await GetJsonAsync("/api/v1/users/ada/export");
        Assert.Single(export.GetProperty("events").EnumerateArray());
        Assert.Single(export.GetProperty("watchlist").EnumerateArray());

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync(new Uri("/api/v1/users/ada", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync(new Uri("/api/v1/users/ada", UriKind.Relative))).StatusCode);

        var after = await GetJsonAsync("/api/v1/users/ada/export");
        Assert.Empty(after.GetProperty("events").EnumerateArray());
        Assert.Empty(after.GetProperty("watchlist").EnumerateArray());
        Assert.Single(await factory.Users.GetWatchlistAsync("bob"));
        await GetJsonAsync("/api/v1/recommendations?userId=ada");
        Assert.Equal(2, factory.Engine.Requests.Count);
        Assert.Empty(factory.Engine.Requests[^1].History);
    }

    [Fact]
    public async Task Training_answers_with_the_new_version_and_later_lists_use_it()
    {
        await GetJsonAsync("/api/v1/recommendations?userId=ada");
        var response = await admin.PostAsync(new Uri("/api/v1/admin/recommendations/train", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var trained = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("fake/v1", trained.GetProperty("modelVersion").GetString());
        Assert.True(trained.GetProperty("tookMs").GetDouble() >= 0);

        var list = await GetJsonAsync("/api/v1/recommendations?userId=ada");
        Assert.Equal("fake/v1", list.GetProperty("modelVersion").GetString());
        Assert.Equal(2, factory.Engine.Requests.Count); // a new model is a new cache variant
    }

    [Theory]
    [InlineData("/api/v1/recommendations")]
    [InlineData("/api/v1/recommendations?userId=ada&limit=0")]
    [InlineData("/api/v1/recommendations?userId=ada&limit=ten")]
    [InlineData("/api/v1/recommendations?userId=ada&platforms=hbo")]
    [InlineData("/api/v1/recommendations?userId=a%20b")]
    [InlineData("/api/v1/users/ada/history?limit=501")]
    [InlineData("/api/v1/users/ada/notifications?limit=-1")]
    [InlineData("/api/v1/users/a:b/watchlist")]
    public async Task Bad_parameters_are_400_validation_problems(string path)
    {
        var response = await admin.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.EndsWith("/validation", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", "/api/v1/users/bob/watchlist")]
    [InlineData("POST", "/api/v1/users/bob/events")]
    [InlineData("PUT", "/api/v1/users/bob/preferences")]
    [InlineData("DELETE", "/api/v1/users/bob")]
    [InlineData("GET", "/api/v1/users/bob/export")]
    [InlineData("GET", "/api/v1/recommendations?userId=bob")]
    [InlineData("POST", "/api/v1/admin/recommendations/train")]
    public async Task A_user_may_not_touch_another_users_data_nor_train(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative)) { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(request)).StatusCode);
        using var anonymous = factory.CreateClient();
        using var again = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative)) { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.SendAsync(again)).StatusCode);
        Assert.Empty(factory.Engine.Requests);
    }

    [Fact]
    public void Every_endpoint_declares_its_access_policy()
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(10, endpoints.Count);
        Assert.All(endpoints, e =>
        {
            var policy = e.Metadata.GetMetadata<AccessPolicyMetadata>();
            Assert.NotNull(policy);
            if (e.RoutePattern.RawText!.Contains("/admin/", StringComparison.Ordinal))
                Assert.Equal(AccessPolicy.Admin, policy.Policy);
            else
                Assert.Equal(new AccessPolicyMetadata(AccessPolicy.OwnUser, "userId"), policy);
        });
    }
}
