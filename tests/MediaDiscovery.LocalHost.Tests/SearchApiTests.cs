using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace MediaDiscovery.LocalHost.Tests;

/// <summary>The search API end to end on the demo catalog.</summary>
public sealed class SearchApiTests(DemoCatalogFixture fixture) : IClassFixture<DemoCatalogFixture>
{
    private readonly HttpClient client = fixture.Client;

    private async Task<HttpResponseMessage> PostAsync(string json) =>
        await client.PostAsync(new Uri("/api/v1/search", UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));

    private async Task<JsonElement> SearchAsync(string json)
    {
        var response = await PostAsync(json);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static List<string> Titles(JsonElement response) =>
        response.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("title").GetString()!).ToList();

    [Fact]
    public async Task A_title_search_finds_the_title_first_with_the_contract_fields()
    {
        var response = await SearchAsync("""{"query":"stranger things"}""");
        var first = response.GetProperty("results")[0];
        Assert.Equal("Stranger Things", first.GetProperty("title").GetString());
        Assert.True(first.GetProperty("score").GetDouble() > 0);
        Assert.NotEmpty(first.GetProperty("matchedBy").EnumerateArray());
        Assert.True(response.GetProperty("total").GetInt32() >= 1);
        Assert.Equal("lookup", response.GetProperty("intent").GetProperty("intent").GetString()); // a bare title
        Assert.False(response.GetProperty("metadata").GetProperty("cacheHit").GetBoolean());
        Assert.True(response.GetProperty("metadata").GetProperty("tookMs").GetDouble() >= 0);
    }

    [Fact]
    public async Task Typos_still_find_the_title()
    {
        Assert.Equal("Squid Game", Titles(await SearchAsync("""{"query":"squid gaem"}"""))[0]);
        Assert.Contains("Goodfellas", Titles(await SearchAsync("""{"query":"goodfelas"}""")).Take(3));
    }

    [Fact]
    public async Task Filters_in_the_query_text_are_hard_filters_and_are_returned_as_the_intent()
    {
        var response = await SearchAsync("""{"query":"comedy series on hulu","limit":50}""");
        var filters = response.GetProperty("intent").GetProperty("filters");
        Assert.Equal(["series"], filters.GetProperty("types").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(["hulu"], filters.GetProperty("platforms").EnumerateArray().Select(t => t.GetString()));
        var results = response.GetProperty("results").EnumerateArray().ToList();
        Assert.NotEmpty(results);
        Assert.All(results, r =>
        {
            Assert.Equal("series", r.GetProperty("type").GetString());
            Assert.Contains("comedy", r.GetProperty("genres").EnumerateArray().Select(g => g.GetString()));
            Assert.Contains(r.GetProperty("availability").EnumerateArray(), a => a.GetProperty("platform").GetString() == "hulu" && a.GetProperty("available").GetBoolean());
        });
    }

    [Fact]
    public async Task Explicit_filters_win_and_an_empty_query_browses()
    {
        var response = await SearchAsync("""{"query":"","filters":{"genres":["horror"],"types":["movie"]},"limit":100}""");
        var results = response.GetProperty("results").EnumerateArray().ToList();
        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.Contains("horror", r.GetProperty("genres").EnumerateArray().Select(g => g.GetString())));
        Assert.Equal(results.Count, response.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Cursors_page_through_results_without_overlap()
    {
        var first = await SearchAsync("""{"query":"","filters":{"types":["movie"]},"limit":5}""");
        var cursor = first.GetProperty("nextCursor").GetString();
        Assert.NotNull(cursor);
        var second = await SearchAsync($$"""{"query":"","filters":{"types":["movie"]},"limit":5,"cursor":"{{cursor}}"}""");
        Assert.Empty(Titles(first).Intersect(Titles(second)));
        var mismatched = await PostAsync($$"""{"query":"something else","limit":5,"cursor":"{{cursor}}"}""");
        await ProblemAssert.IsProblemAsync(mismatched, HttpStatusCode.BadRequest, "validation");
    }

    [Fact]
    public async Task The_same_search_again_is_a_cache_hit_with_the_same_results()
    {
        var first = await SearchAsync("""{"query":"a heist thriller in spain","limit":7}""");
        var second = await SearchAsync("""{"query":"a heist thriller in spain","limit":7}""");
        Assert.True(second.GetProperty("metadata").GetProperty("cacheHit").GetBoolean());
        Assert.Equal(Titles(first), Titles(second));
    }

    [Theory]
    [InlineData("""{"query":"x","limit":0}""", "limit")]
    [InlineData("""{"query":"x","limit":101}""", "limit")]
    [InlineData("""{"query":""}""", "query")]
    [InlineData("""{"query":"x","filters":{"genres":["not-a-genre"]}}""", "filters.genres")]
    [InlineData("""{"query":"x","filters":{"platforms":["hbo"]}}""", "filters.platforms")]
    [InlineData("""{"query":"x","region":"FR"}""", "region")]
    [InlineData("""{"query":"x","retrieval":"magic"}""", "retrieval")]
    public async Task Invalid_requests_are_validation_problems_naming_the_field(string body, string field)
    {
        var problem = await ProblemAssert.IsProblemAsync(await PostAsync(body), HttpStatusCode.BadRequest, "validation");
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.GetRawText());
    }

    [Theory]
    [InlineData("""{"query":"x","limit":"20"}""")]
    [InlineData("""{"query":"x","filters":{"releaseYear":{"min":"1990"}}}""")]
    public async Task A_number_sent_as_a_string_is_a_wrong_type_as_the_contract_says(string body) =>
        await ProblemAssert.IsProblemAsync(await PostAsync(body), HttpStatusCode.BadRequest, "malformed-request");

    [Fact]
    public async Task A_query_over_500_characters_is_refused()
    {
        var body = JsonSerializer.Serialize(new Dictionary<string, string> { ["query"] = new string('a', 501) });
        await ProblemAssert.IsProblemAsync(await PostAsync(body), HttpStatusCode.BadRequest, "validation");
    }

    [Fact]
    public async Task Suggestions_complete_a_prefix_and_forgive_a_typo()
    {
        var prefix = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/search/suggestions?q=strang", UriKind.Relative));
        Assert.Contains("Stranger Things", prefix.GetProperty("suggestions").EnumerateArray().Select(s => s.GetProperty("title").GetString()));
        var bad = await client.GetAsync(new Uri("/api/v1/search/suggestions?q=", UriKind.Relative));
        await ProblemAssert.IsProblemAsync(bad, HttpStatusCode.BadRequest, "validation");
    }

    [Fact]
    public async Task Similar_titles_exclude_the_title_and_unknown_ids_are_404()
    {
        var seed = await fixture.Factory.AnyTitleAsync(t => t.Name == "Toy Story");
        var similar = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/content/{seed.Id}/similar?limit=5", UriKind.Relative));
        var ids = similar.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Equal(5, ids.Count);
        Assert.DoesNotContain(seed.Id, ids);
        var unknown = await client.GetAsync(new Uri("/api/v1/content/t_0000000000000000/similar", UriKind.Relative));
        await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task Trending_lists_available_titles()
    {
        var trending = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/trending?limit=10", UriKind.Relative));
        var results = trending.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(10, results.Count);
        Assert.All(results, r => Assert.Contains(r.GetProperty("availability").EnumerateArray(), a => a.GetProperty("available").GetBoolean()));
    }

    [Fact]
    public async Task Catalog_reads_carry_no_ranking_fields()
    {
        var title = await fixture.Factory.AnyTitleAsync(_ => true);
        var json = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/content/{title.Id}", UriKind.Relative));
        Assert.False(json.TryGetProperty("score", out _));
        Assert.False(json.TryGetProperty("matchedBy", out _));
    }

    [Theory]
    [InlineData("/api/v1/trending?limit=0")]
    [InlineData("/api/v1/trending?limit=101")]
    [InlineData("/api/v1/trending?limit=abc")]
    [InlineData("/api/v1/search/suggestions?q=stra&limit=50")]
    [InlineData("/api/v1/content/t_0000000000000000/similar?limit=0")]
    public async Task Discovery_endpoints_refuse_bad_parameters_with_a_400_problem(string path)
    {
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
