using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Search;

namespace MediaDiscovery.LocalHost.Tests;

/// <summary>
/// Search for a known user: their taste lifts matching titles after fusion, anonymous results stay as they were,
/// and the cache never serves one caller's personalised page to another.
/// </summary>
public sealed class PersonalSearchTests(UserDataFixture fixture) : IClassFixture<UserDataFixture>
{
    // Ambiguous queries that match documentaries and fiction alike on the demo catalog.
    private static readonly string[] AmbiguousQueries = ["music", "food", "sports", "nature", "family", "war", "life", "world"];

    private static bool IsDocumentary(Title t) => t.Genres.Any(g => g.Contains("documentar", StringComparison.OrdinalIgnoreCase));

    private static async Task<JsonElement> SearchAsync(HttpClient client, string query, int limit = 20)
    {
        var response = await client.PostAsync(new Uri("/api/v1/search", UriKind.Relative),
            new StringContent($$"""{"query":"{{query}}","limit":{{limit}}}""", Encoding.UTF8, "application/json"));
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static double Score(JsonElement response, int index) =>
        response.GetProperty("results")[index].GetProperty("score").GetDouble();

    private static List<string> Ids(JsonElement response) =>
        response.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetString()!).ToList();

    private static bool CacheHit(JsonElement response) => response.GetProperty("metadata").GetProperty("cacheHit").GetBoolean();

    private static int FirstIndex(List<string> ids, ISet<string> wanted) => ids.FindIndex(wanted.Contains);

    private static async Task PostAsync(HttpClient client, string path, string json, HttpStatusCode expected)
    {
        var response = await client.SendAsync(new HttpRequestMessage(path.EndsWith("preferences", StringComparison.Ordinal) ? HttpMethod.Put : HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        });
        Assert.True(expected == response.StatusCode, $"{path} -> {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task A_user_who_likes_documentaries_sees_them_lifted_while_anonymous_results_and_cache_stay_apart()
    {
        var documentaries = await fixture.TitlesAsync(IsDocumentary, 100);
        var documentaryIds = documentaries.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var genre = documentaries.SelectMany(t => t.Genres).First(g => g.Contains("documentar", StringComparison.OrdinalIgnoreCase));
        using var anonymous = fixture.Factory.CreateClient();

        // A query whose anonymous page has a documentary below another title, close enough behind it for a liked
        // genre's bounded lift (PersonalBoost: 0.7 of MaxLift) to pass it. Farther behind, no lift may move it.
        string? query = null;
        List<string> before = [];
        foreach (var candidate in AmbiguousQueries)
        {
            var page = await SearchAsync(anonymous, candidate);
            before = Ids(page);
            var first = FirstIndex(before, documentaryIds);
            if (first > 0 && Score(page, first) * (1 + 0.7 * PersonalBoost.MaxLift) > Score(page, first - 1))
            {
                query = candidate;
                break;
            }
        }
        Assert.True(query is not null, "no ambiguous query ranks a documentary just below fiction on the demo catalog");

        const string user = "doc.lover@example.com";
        var u = Uri.EscapeDataString(user);
        using var client = fixture.ClientFor(user);
        await PostAsync(client, $"/api/v1/users/{u}/preferences", $$"""{"platforms":[],"likedGenres":["{{genre}}"],"avoidedGenres":[],"maxMinAge":null}""", HttpStatusCode.OK);
        foreach (var liked in documentaries.Where(t => !before.Contains(t.Id)).Take(3))
            await PostAsync(client, $"/api/v1/users/{u}/events", $$"""{"titleId":"{{liked.Id}}","kind":"rating","rating":5}""", HttpStatusCode.Created);

        var personal = await SearchAsync(client, query!);
        var after = Ids(personal);
        Assert.False(CacheHit(personal)); // not the anonymous page from the cache
        Assert.True(FirstIndex(after, documentaryIds) < FirstIndex(before, documentaryIds),
            $"'{query}': first documentary at {FirstIndex(after, documentaryIds)} for the user, {FirstIndex(before, documentaryIds)} anonymously");
        Assert.True(after.Take(10).Count(documentaryIds.Contains) >= before.Take(10).Count(documentaryIds.Contains));

        // Anonymous callers still get the unpersonalised page, from the cache; the user gets theirs.
        var anonymousAgain = await SearchAsync(anonymous, query!);
        Assert.True(CacheHit(anonymousAgain));
        Assert.Equal(before, Ids(anonymousAgain));
        var personalAgain = await SearchAsync(client, query!);
        Assert.True(CacheHit(personalAgain));
        Assert.Equal(after, Ids(personalAgain));

        // Another user with the same taste never receives this user's cached page.
        using var twin = fixture.ClientFor("doc.twin@example.com");
        await PostAsync(twin, "/api/v1/users/doc.twin%40example.com/preferences", $$"""{"platforms":[],"likedGenres":["{{genre}}"],"avoidedGenres":[],"maxMinAge":null}""", HttpStatusCode.OK);
        Assert.False(CacheHit(await SearchAsync(twin, query!)));

        // A user with no signal yet sees exactly the anonymous page.
        using var newcomer = fixture.ClientFor("doc.newcomer@example.com");
        Assert.Equal(before, Ids(await SearchAsync(newcomer, query!)));
    }

    [Fact]
    public async Task A_title_lookup_is_not_reordered_by_taste()
    {
        const string user = "lookup.doc@example.com";
        using var client = fixture.ClientFor(user);
        var genre = (await fixture.TitlesAsync(IsDocumentary, 1))[0].Genres.First(g => g.Contains("documentar", StringComparison.OrdinalIgnoreCase));
        await PostAsync(client, $"/api/v1/users/{Uri.EscapeDataString(user)}/preferences", $$"""{"platforms":[],"likedGenres":["{{genre}}"],"avoidedGenres":[],"maxMinAge":null}""", HttpStatusCode.OK);
        var response = await SearchAsync(client, "stranger things");
        Assert.Equal("Stranger Things", response.GetProperty("results")[0].GetProperty("title").GetString());
    }
}
