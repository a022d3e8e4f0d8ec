using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MediaDiscovery.Core.Catalog;

namespace MediaDiscovery.LocalHost.Tests;

public sealed class CatalogApiTests(DemoCatalogFixture fixture) : IClassFixture<DemoCatalogFixture>
{
    private readonly HttpClient client = fixture.Client;

    private async Task<JsonElement> GetJsonAsync(string path)
    {
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task Genres_lists_the_39_canonical_genres_with_counts()
    {
        var genres = (await GetJsonAsync("/api/v1/genres")).GetProperty("genres").EnumerateArray().ToList();
        Assert.Equal(39, genres.Count);
        Assert.Contains(genres, g => g.GetProperty("id").GetString() == "science-fiction" && g.GetProperty("name").GetString() == "Science Fiction");
        Assert.True(genres.Count(g => g.GetProperty("titleCount").GetInt32() > 0) >= 20, "the demo catalog covers most genres");
    }

    [Fact]
    public async Task Platforms_lists_the_four_platforms_with_title_counts()
    {
        var platforms = (await GetJsonAsync("/api/v1/platforms")).GetProperty("platforms").EnumerateArray().ToList();
        Assert.Equal(["netflix", "prime-video", "disney-plus", "hulu"], platforms.Select(p => p.GetProperty("id").GetString()));
        Assert.All(platforms, p => Assert.True(p.GetProperty("titleCount").GetInt32() > 20));
        Assert.All(platforms, p => Assert.Equal(JsonValueKind.String, p.GetProperty("catalogSyncedAt").ValueKind));
    }

    [Fact]
    public async Task A_title_reads_back_with_the_contract_fields()
    {
        var title = await fixture.Factory.AnyTitleAsync(t => t.Availability.Count > 1);
        var json = await GetJsonAsync($"/api/v1/content/{title.Id}");

        Assert.Equal(title.Id, json.GetProperty("id").GetString());
        Assert.Equal(title.Name, json.GetProperty("title").GetString());
        Assert.Equal(title.Type.ToWire(), json.GetProperty("type").GetString());
        foreach (var field in new[] { "releaseYear", "genres", "maturityRating", "minAge", "runtimeMinutes", "seasons", "countries", "cast", "directors", "description", "availability" })
            Assert.True(json.TryGetProperty(field, out _), field);
        var availability = json.GetProperty("availability").EnumerateArray().ToList();
        Assert.Equal(title.Availability.Count, availability.Count);
        Assert.All(availability, a =>
        {
            Assert.True(a.GetProperty("available").GetBoolean());
            Assert.Equal("subscription", a.GetProperty("priceType").GetString());
            Assert.Equal("US", a.GetProperty("region").GetString());
            Assert.Equal(JsonValueKind.String, a.GetProperty("lastVerifiedAt").ValueKind);
            Assert.False(a.GetProperty("stale").GetBoolean());
        });
    }

    [Fact]
    public async Task Availability_lists_each_platform_of_a_title()
    {
        var title = await fixture.Factory.AnyTitleAsync(t => t.Availability.Count > 1);
        var json = await GetJsonAsync($"/api/v1/content/{title.Id}/availability");
        Assert.Equal(title.Id, json.GetProperty("titleId").GetString());
        Assert.Equal(
            title.Availability.Select(a => a.Platform),
            json.GetProperty("availability").EnumerateArray().Select(a => a.GetProperty("platform").GetString()));
    }

    [Theory]
    [InlineData("/api/v1/content/t_0000000000000000")]
    [InlineData("/api/v1/content/not-an-id")]
    [InlineData("/api/v1/content/%27%20OR%201%3D1--")]
    [InlineData("/api/v1/content/%E2%80%AE%F0%9F%8E%AC")]
    [InlineData("/api/v1/content/t_0000000000000000/availability")]
    [InlineData("/api/v1/content/..%2F..%2Fetc%2Fpasswd/availability")]
    public async Task Unknown_or_hostile_ids_are_404_problems(string path)
    {
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task A_very_long_id_is_a_clear_4xx()
    {
        var response = await client.GetAsync(new Uri("/api/v1/content/" + new string('x', 20_000), UriKind.Relative));
        Assert.InRange((int)response.StatusCode, 400, 499);
    }

    [Fact]
    public async Task Unknown_routes_and_methods_are_problems()
    {
        await ProblemAssert.IsProblemAsync(await client.GetAsync(new Uri("/api/v1/nothing-here", UriKind.Relative)), HttpStatusCode.NotFound, "not-found");
        await ProblemAssert.IsProblemAsync(await client.DeleteAsync(new Uri("/api/v1/genres", UriKind.Relative)), HttpStatusCode.MethodNotAllowed, "method-not-allowed");
    }

    [Fact]
    public async Task Every_response_carries_a_correlation_id_and_echoes_a_well_formed_one()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/genres");
        request.Headers.Add("x-correlation-id", "abc-123");
        var echoed = await client.SendAsync(request);
        Assert.Equal("abc-123", echoed.Headers.GetValues("x-correlation-id").Single());

        using var hostile = new HttpRequestMessage(HttpMethod.Get, "/api/v1/genres");
        hostile.Headers.TryAddWithoutValidation("x-correlation-id", "evil\"value<script>");
        var replaced = await client.SendAsync(hostile);
        Assert.NotEqual("evil\"value<script>", replaced.Headers.GetValues("x-correlation-id").Single());
    }

    [Fact]
    public async Task Health_and_ready_answer()
    {
        Assert.Equal("healthy", (await GetJsonAsync("/health")).GetProperty("status").GetString());
        var ready = await GetJsonAsync("/ready");
        Assert.Equal("healthy", ready.GetProperty("status").GetString());
        Assert.Equal("healthy", ready.GetProperty("checks").GetProperty("catalog-store").GetString());
    }
}
