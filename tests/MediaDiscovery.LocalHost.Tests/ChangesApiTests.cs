using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MediaDiscovery.LocalHost.Tests.Webhooks;

namespace MediaDiscovery.LocalHost.Tests;

/// <summary>GET /api/v1/changes on the demo catalog: the catalog's arrivals, filters, paging, bad input, and a webhook's change.</summary>
public sealed class ChangesApiTests : IAsyncLifetime
{
    private readonly WebhookHost host = new();
    private HttpClient client = null!;

    public async Task InitializeAsync() => client = await host.ReadyClientAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_fresh_catalog_has_a_feed_of_its_arrivals_newest_first()
    {
        var page = await GetAsync("/api/v1/changes");

        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(20, items.Count);
        var times = items.Select(i => i.GetProperty("at").GetDateTimeOffset()).ToList();
        Assert.Equal(times.OrderDescending(), times);
        Assert.All(items, i =>
        {
            Assert.Equal("added", i.GetProperty("kind").GetString());
            Assert.Equal("catalog", i.GetProperty("source").GetString());
            Assert.False(string.IsNullOrEmpty(i.GetProperty("title").GetProperty("title").GetString()));
            Assert.Contains(i.GetProperty("title").GetProperty("availability").EnumerateArray(), a => a.GetProperty("platform").GetString() == i.GetProperty("platform").GetString());
        });
    }

    [Fact]
    public async Task Filters_narrow_the_feed_and_pages_follow_each_other_under_their_cursor()
    {
        var hulu = await GetAsync("/api/v1/changes?platforms=hulu&types=series&limit=3");
        var first = hulu.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(3, first.Count);
        Assert.All(first, i => Assert.Equal("hulu", i.GetProperty("platform").GetString()));
        Assert.All(first, i => Assert.Equal("series", i.GetProperty("title").GetProperty("type").GetString()));

        var cursor = hulu.GetProperty("nextCursor").GetString()!;
        var second = (await GetAsync($"/api/v1/changes?platforms=hulu&types=series&limit=3&cursor={cursor}")).GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(second);
        Assert.Empty(second.Select(Key).Intersect(first.Select(Key)));
        Assert.True(second[0].GetProperty("at").GetDateTimeOffset() <= first[^1].GetProperty("at").GetDateTimeOffset());

        // The same cursor under other filters is refused, not applied to something else.
        var replayed = await client.GetAsync(new Uri($"/api/v1/changes?platforms=netflix&limit=3&cursor={cursor}", UriKind.Relative));
        Assert.Contains("cursor", (await ProblemAssert.IsProblemAsync(replayed, HttpStatusCode.BadRequest, "validation")).GetProperty("errors").EnumerateObject().Select(p => p.Name));
    }

    [Theory]
    [InlineData("platforms=max", "platforms")]
    [InlineData("platforms=netflix,%3Cscript%3E", "platforms")]
    [InlineData("kinds=binge", "kinds")]
    [InlineData("types=podcast", "types")]
    [InlineData("since=2999-01-01T00:00:00Z", "since")]
    [InlineData("since=yesterday", "since")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=101", "limit")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    [InlineData("cursor=ZjF8MXx0X3h8bmV0ZmxpeHxhZGRlZHwwMDAwMDAwMDAwMDAwMDAw", "cursor")]
    public async Task Bad_input_is_a_problem_naming_the_field(string query, string field)
    {
        var response = await client.GetAsync(new Uri("/api/v1/changes?" + query, UriKind.Relative));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "validation");
        Assert.Contains(field, problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task A_title_a_signed_webhook_makes_available_heads_the_feed_of_its_platform()
    {
        var title = await host.TitleAsync("Stranger Things");
        var externalId = "netflix:" + title.Availability.Single(a => a.Platform == "netflix").ShowId;
        var now = DateTimeOffset.UtcNow;
        await AcceptedAsync(SignedWebhooks.Request("netflix", "msg_feed_leave", SignedWebhooks.Body(externalId, false, now.AddSeconds(-2))));
        await AcceptedAsync(SignedWebhooks.Request("netflix", "msg_feed_back", SignedWebhooks.Body(externalId, true, now.AddSeconds(-1))));
        await host.DrainedAsync();

        var head = await EventuallyAsync(async () =>
        {
            var items = (await GetAsync("/api/v1/changes?platforms=netflix&limit=2")).GetProperty("items").EnumerateArray().ToList();
            return items[0].GetProperty("source").GetString() == "webhook" ? items : null;
        });

        Assert.Equal((title.Id, "added"), (head[0].GetProperty("title").GetProperty("id").GetString(), head[0].GetProperty("kind").GetString()));
        Assert.Equal((title.Id, "removed"), (head[1].GetProperty("title").GetProperty("id").GetString(), head[1].GetProperty("kind").GetString()));
        var removals = (await GetAsync("/api/v1/changes?kinds=removed")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(title.Id, Assert.Single(removals).GetProperty("title").GetProperty("id").GetString());
    }

    private static string Key(JsonElement item) =>
        $"{item.GetProperty("title").GetProperty("id").GetString()}|{item.GetProperty("platform").GetString()}|{item.GetProperty("kind").GetString()}|{item.GetProperty("at").GetString()}";

    private async Task<JsonElement> GetAsync(string path)
    {
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task AcceptedAsync(HttpRequestMessage request) =>
        Assert.Equal(HttpStatusCode.Accepted, (await client.SendAsync(request)).StatusCode);

    private static async Task<T> EventuallyAsync<T>(Func<Task<T?>> attempt)
        where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (await attempt() is { } found)
                return found;
            await Task.Delay(50);
        }
        throw new TimeoutException("The feed did not show the change within 30 s.");
    }
}
