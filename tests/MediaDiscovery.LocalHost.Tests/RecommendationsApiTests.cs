using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Users;
using Microsoft.Extensions.DependencyInjection;

namespace MediaDiscovery.LocalHost.Tests;

/// <summary>
/// The user and recommendation endpoints end to end through the LocalHost: demo catalog, SQLite user store, the
/// recommendation engine, access tokens.
/// </summary>
public sealed class RecommendationsApiTests(UserDataFixture fixture) : IClassFixture<UserDataFixture>
{
    private static readonly string[] Strategies = ["collaborative", "content", "trending", "discovery"];

    private static bool OnNetflix(Title t) => t.Availability.Any(a => a.Platform == "netflix" && a.Available);

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string? json = null) =>
        client.SendAsync(new HttpRequestMessage(method, new Uri(path, UriKind.Relative))
        {
            Content = json is null ? null : new StringContent(json, Encoding.UTF8, "application/json"),
        });

    private static async Task<JsonElement> JsonAsync(HttpClient client, HttpMethod method, string path, string? json = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await SendAsync(client, method, path, json);
        Assert.True(expected == response.StatusCode, $"{method} {path} -> {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static List<string> Ids(JsonElement list) =>
        list.GetProperty("recommendations").EnumerateArray().Select(r => r.GetProperty("title").GetProperty("id").GetString()!).ToList();

    [Fact]
    public async Task A_user_acts_reads_back_gets_recommendations_exports_and_is_erased()
    {
        var titles = await fixture.TitlesAsync(OnNetflix, 3);
        const string user = "e2e.journey@example.com";
        using var client = fixture.ClientFor(user);
        var u = Uri.EscapeDataString(user);

        await JsonAsync(client, HttpMethod.Post, $"/api/v1/users/{u}/events", $$"""{"titleId":"{{titles[0].Id}}","kind":"view","completion":0.9,"eventId":"v-1"}""", HttpStatusCode.Created);
        await JsonAsync(client, HttpMethod.Post, $"/api/v1/users/{u}/events", $$"""{"titleId":"{{titles[0].Id}}","kind":"rating","rating":5}""", HttpStatusCode.Created);
        var add = await JsonAsync(client, HttpMethod.Post, $"/api/v1/users/{u}/events", $$"""{"titleId":"{{titles[1].Id}}","kind":"watchlist-add"}""", HttpStatusCode.Created);
        var retry = await JsonAsync(client, HttpMethod.Post, $"/api/v1/users/{u}/events", $$"""{"titleId":"{{titles[0].Id}}","kind":"view","completion":0.9,"eventId":"v-1"}""", HttpStatusCode.OK);
        Assert.Equal("v-1", retry.GetProperty("eventId").GetString());

        var history = await JsonAsync(client, HttpMethod.Get, $"/api/v1/users/{u}/history");
        Assert.Equal(["watchlist-add", "rating", "view"], history.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
        var watchlist = await JsonAsync(client, HttpMethod.Get, $"/api/v1/users/{u}/watchlist");
        var item = Assert.Single(watchlist.GetProperty("items").EnumerateArray());
        Assert.Equal(titles[1].Name, item.GetProperty("title").GetProperty("title").GetString());
        Assert.Contains(item.GetProperty("title").GetProperty("availability").EnumerateArray(), a => a.GetProperty("platform").GetString() == "netflix");
        Assert.Equal(add.GetProperty("at").GetDateTimeOffset(), item.GetProperty("addedAt").GetDateTimeOffset());

        await JsonAsync(client, HttpMethod.Put, $"/api/v1/users/{u}/preferences", """{"platforms":["netflix"],"likedGenres":["comedy"],"avoidedGenres":["horror"],"maxMinAge":18}""");

        var list = await JsonAsync(client, HttpMethod.Get, $"/api/v1/recommendations?userId={u}&limit=10");
        Assert.Equal(user, list.GetProperty("userId").GetString());
        Assert.Equal(["netflix"], list.GetProperty("platforms").EnumerateArray().Select(p => p.GetString()));
        var recommendations = list.GetProperty("recommendations").EnumerateArray().ToList();
        Assert.InRange(recommendations.Count, 1, 10);
        Assert.DoesNotContain(titles[0].Id, Ids(list)); // watched
        Assert.All(recommendations, r =>
        {
            var title = r.GetProperty("title");
            Assert.False(string.IsNullOrEmpty(title.GetProperty("title").GetString()));
            Assert.Contains(r.GetProperty("strategy").GetString(), Strategies);
            Assert.False(string.IsNullOrEmpty(r.GetProperty("reason").GetString()));
            Assert.Contains(title.GetProperty("availability").EnumerateArray(), a => a.GetProperty("platform").GetString() == "netflix" && a.GetProperty("available").GetBoolean());
            Assert.DoesNotContain("horror", title.GetProperty("genres").EnumerateArray().Select(g => g.GetString()));
        });
        Assert.Equal(list.GetProperty("generatedAt").GetDateTimeOffset() + TimeSpan.FromHours(1), list.GetProperty("expiresAt").GetDateTimeOffset());
        var cached = await JsonAsync(client, HttpMethod.Get, $"/api/v1/recommendations?userId={u}&limit=10");
        Assert.Equal(list.GetProperty("generatedAt").GetRawText(), cached.GetProperty("generatedAt").GetRawText());
        Assert.Equal(Ids(list), Ids(cached));

        var export = await JsonAsync(client, HttpMethod.Get, $"/api/v1/users/{u}/export");
        Assert.Equal(3, export.GetProperty("events").GetArrayLength());
        Assert.Equal(18, export.GetProperty("preferences").GetProperty("maxMinAge").GetInt32());
        Assert.Single(export.GetProperty("watchlist").EnumerateArray());

        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(client, HttpMethod.Delete, $"/api/v1/users/{u}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(client, HttpMethod.Delete, $"/api/v1/users/{u}")).StatusCode);
        var erased = await JsonAsync(client, HttpMethod.Get, $"/api/v1/users/{u}/export");
        Assert.Empty(erased.GetProperty("events").EnumerateArray());
        Assert.Empty(erased.GetProperty("watchlist").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, erased.GetProperty("preferences").GetProperty("updatedAt").ValueKind);
        var fresh = await JsonAsync(client, HttpMethod.Get, $"/api/v1/recommendations?userId={u}&limit=10");
        Assert.NotEqual(list.GetProperty("generatedAt").GetRawText(), fresh.GetProperty("generatedAt").GetRawText());
        Assert.Empty(fresh.GetProperty("platforms").EnumerateArray()); // the preferences went with the rest
    }

    [Fact]
    public async Task A_new_event_invalidates_the_cached_list()
    {
        using var client = fixture.ClientFor("e2e-invalidate");
        var before = await JsonAsync(client, HttpMethod.Get, "/api/v1/recommendations?userId=e2e-invalidate&limit=5&platforms=netflix");
        var top = Ids(before)[0];

        await JsonAsync(client, HttpMethod.Post, "/api/v1/users/e2e-invalidate/events", $$"""{"titleId":"{{top}}","kind":"view","completion":1}""", HttpStatusCode.Created);

        var after = await JsonAsync(client, HttpMethod.Get, "/api/v1/recommendations?userId=e2e-invalidate&limit=5&platforms=netflix");
        Assert.NotEqual(before.GetProperty("generatedAt").GetRawText(), after.GetProperty("generatedAt").GetRawText());
        Assert.DoesNotContain(top, Ids(after));
    }

    [Fact]
    public async Task Bad_input_is_a_problem_listing_what_is_wrong()
    {
        using var client = fixture.ClientFor("e2e-bad");
        var invalid = await SendAsync(client, HttpMethod.Post, "/api/v1/users/e2e-bad/events", """{"titleId":true,"kind":"binge","rating":9,"at":"tomorrow"}""");
        var problem = await ProblemAssert.IsProblemAsync(invalid, HttpStatusCode.BadRequest, "validation");
        Assert.Equal(["at", "kind", "rating", "titleId"], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));

        var unknown = await SendAsync(client, HttpMethod.Post, "/api/v1/users/e2e-bad/events", """{"titleId":"t_0000000000000000","kind":"view"}""");
        await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.NotFound, "not-found");

        await ProblemAssert.IsProblemAsync(await SendAsync(client, HttpMethod.Post, "/api/v1/users/e2e-bad/events", "{\"titleId\":"), HttpStatusCode.BadRequest, "malformed-request");
        var preferences = await ProblemAssert.IsProblemAsync(
            await SendAsync(client, HttpMethod.Put, "/api/v1/users/e2e-bad/preferences", """{"platforms":["max"],"likedGenres":["sci-fi"]}"""), HttpStatusCode.BadRequest, "validation");
        Assert.Contains("science-fiction", preferences.GetProperty("errors").GetProperty("likedGenres")[0].GetString(), StringComparison.Ordinal);
        await ProblemAssert.IsProblemAsync(await SendAsync(client, HttpMethod.Get, "/api/v1/recommendations?userId=e2e-bad&platforms=netflix,max"), HttpStatusCode.BadRequest, "validation");
        var badUser = await SendAsync(fixture.Admin, HttpMethod.Get, "/api/v1/users/a%20b/history");
        Assert.Contains("userId", (await ProblemAssert.IsProblemAsync(badUser, HttpStatusCode.BadRequest, "validation")).GetProperty("errors").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Users_reach_only_their_own_data_and_only_admins_train()
    {
        using var mallory = fixture.ClientFor("mallory");
        await ProblemAssert.IsProblemAsync(await SendAsync(mallory, HttpMethod.Get, "/api/v1/users/e2e-victim/export"), HttpStatusCode.Forbidden, "forbidden");
        await ProblemAssert.IsProblemAsync(await SendAsync(mallory, HttpMethod.Get, "/api/v1/recommendations?userId=e2e-victim"), HttpStatusCode.Forbidden, "forbidden");
        await ProblemAssert.IsProblemAsync(await SendAsync(mallory, HttpMethod.Post, "/api/v1/admin/recommendations/train"), HttpStatusCode.Forbidden, "forbidden");
        using var anonymous = fixture.Factory.CreateClient();
        await ProblemAssert.IsProblemAsync(await SendAsync(anonymous, HttpMethod.Delete, "/api/v1/users/e2e-victim"), HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task Training_on_users_events_serves_a_new_model_that_the_next_list_uses()
    {
        // A few people with overlapping tastes, so the collaborative model has something to learn.
        var titles = await fixture.TitlesAsync(OnNetflix, 8);
        for (var person = 0; person < 6; person++)
        {
            var user = $"e2e-fan-{person}";
            using var client = fixture.ClientFor(user);
            foreach (var title in titles.Skip(person % 3).Take(5))
                await JsonAsync(client, HttpMethod.Post, $"/api/v1/users/{user}/events", $$"""{"titleId":"{{title.Id}}","kind":"rating","rating":4.5}""", HttpStatusCode.Created);
        }

        var trained = await JsonAsync(fixture.Admin, HttpMethod.Post, "/api/v1/admin/recommendations/train");
        var version = trained.GetProperty("modelVersion").GetString();
        Assert.False(string.IsNullOrEmpty(version));
        Assert.True(trained.GetProperty("tookMs").GetDouble() >= 0);

        using var fan = fixture.ClientFor("e2e-fan-0");
        var list = await JsonAsync(fan, HttpMethod.Get, "/api/v1/recommendations?userId=e2e-fan-0&limit=5");
        Assert.Equal(version, list.GetProperty("modelVersion").GetString());
        Assert.NotEmpty(Ids(list));
        Assert.Empty(Ids(list).Intersect(titles.Take(5).Select(t => t.Id))); // what they rated is not recommended back
    }

    [Fact]
    public async Task Long_histories_unknown_users_and_titles_gone_from_the_catalog_still_get_lists_and_erasure_leaves_the_next_model()
    {
        var titles = await fixture.TitlesAsync(_ => true, 40);
        var store = fixture.Factory.Services.GetRequiredService<IUserStore>();
        const string user = "e2e-long-history";
        var start = DateTimeOffset.UtcNow.AddDays(-30);
        for (var i = 0; i < 10_000; i++)
            await store.AppendEventAsync(new UserEvent(user, $"long-{i}", titles[i % 35].Id, UserEventKind.View, null, 1, start.AddMinutes(i)));
        // A title that has since left the catalog.
        await store.AppendEventAsync(new UserEvent(user, "gone-1", "t_00000000000gone", UserEventKind.Rating, 5, null, DateTimeOffset.UtcNow.AddMinutes(-1)));

        var before = await JsonAsync(fixture.Admin, HttpMethod.Post, "/api/v1/admin/recommendations/train");
        using var client = fixture.ClientFor(user);
        var list = await JsonAsync(client, HttpMethod.Get, $"/api/v1/recommendations?userId={user}&limit=10");
        Assert.NotEmpty(Ids(list));
        Assert.Empty(Ids(list).Intersect(titles.Take(35).Select(t => t.Id))); // all 35 were viewed, most long before the history window

        using var stranger = fixture.ClientFor("e2e-never-seen");
        Assert.NotEmpty(Ids(await JsonAsync(stranger, HttpMethod.Get, "/api/v1/recommendations?userId=e2e-never-seen&limit=10")));

        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(client, HttpMethod.Delete, $"/api/v1/users/{user}")).StatusCode);
        var after = await JsonAsync(fixture.Admin, HttpMethod.Post, "/api/v1/admin/recommendations/train");
        Assert.Equal(EventsIn(before) - 10_001, EventsIn(after));
    }

    /// <summary>The users' event count a model was trained on ("recs-...-e{events}-a{audience}/...").</summary>
    private static int EventsIn(JsonElement training) =>
        int.Parse(System.Text.RegularExpressions.Regex.Match(training.GetProperty("modelVersion").GetString()!, @"-e(\d+)-a").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
}
