using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MediaDiscovery.LocalHost.Tests.Security;
using MediaDiscovery.LocalHost.Tests.Webhooks;
using Xunit.Abstractions;

namespace MediaDiscovery.LocalHost.Tests.Contract;

/// <summary>
/// Real traffic through Prism's validating proxy: the development queries, catalog reads, a user's whole journey
/// (token, events, preferences, recommendations, export, erasure), the admin calls, signed webhooks, and bad input of
/// every kind. Every response must be one the document describes (status and body), and every request meant to be
/// valid must be one the document accepts; a disagreement fails the test with Prism's own words.
/// </summary>
public sealed class ContractConformanceTests(ContractHost host, ITestOutputHelper output) : IClassFixture<ContractHost>
{
    private const string User = "contract-user";

    private readonly List<string> violations = [];
    private int exchanges;

    [Fact]
    public async Task Every_public_user_and_admin_operation_answers_as_the_document_says()
    {
        var titleId = await ReadsAsync();
        await UserJourneyAsync(titleId);
        await AdminAsync();
        await WebhooksAsync(titleId);
        await BadInputAsync(titleId);

        output.WriteLine($"{exchanges} exchanges through the validating proxy, {violations.Count} violations");
        Assert.True(violations.Count == 0, string.Join('\n', violations.Take(40)));
    }

    private async Task<string> ReadsAsync()
    {
        foreach (var line in await File.ReadAllLinesAsync(DevSet()))
        {
            var query = JsonDocument.Parse(line).RootElement.GetProperty("query").GetString()!;
            await SendAsync(HttpMethod.Post, "/api/v1/search", Json(new { query, limit = 10 }));
        }
        var first = await SendAsync(HttpMethod.Post, "/api/v1/search", Json(new { query = "stranger things", limit = 2 }));
        using var page = JsonDocument.Parse(first);
        var titleId = page.RootElement.GetProperty("results")[0].GetProperty("id").GetString()!;
        var cursor = page.RootElement.GetProperty("nextCursor").GetString();
        await SendAsync(HttpMethod.Post, "/api/v1/search", Json(new { query = "stranger things", limit = 2, cursor }));
        await SendAsync(HttpMethod.Post, "/api/v1/search", Json(new { filters = new { genres = new[] { "comedy" }, platforms = new[] { "hulu" }, releaseYear = new { min = 2000, max = (int?)null } } }));
        await SendAsync(HttpMethod.Post, "/api/v1/intent", Json(new { query = "korean thrillers on netflix" }));
        foreach (var path in new[]
        {
            "/api/v1/platforms", "/api/v1/genres", "/api/v1/trending?limit=5", "/api/v1/search/suggestions?q=strnger&limit=5",
            $"/api/v1/content/{titleId}", $"/api/v1/content/{titleId}/similar?limit=5", $"/api/v1/content/{titleId}/availability",
            "/api/v1/changes", "/api/v1/changes?platforms=netflix,hulu&kinds=added,removed,expiring&types=movie&limit=3",
            "/api/v1/changes?since=2020-01-01T00:00:00Z&limit=1",
        })
        {
            await SendAsync(HttpMethod.Get, path);
        }
        using var changes = JsonDocument.Parse(await SendAsync(HttpMethod.Get, "/api/v1/changes?limit=2"));
        await SendAsync(HttpMethod.Get, "/api/v1/changes?limit=2&cursor=" + Uri.EscapeDataString(changes.RootElement.GetProperty("nextCursor").GetString()!));
        return titleId;
    }

    private async Task UserJourneyAsync(string titleId)
    {
        using var token = JsonDocument.Parse(await SendAsync(HttpMethod.Post, "/api/v1/auth/dev-token", Json(new { sub = User, roles = new[] { "user" } })));
        var bearer = token.RootElement.GetProperty("accessToken").GetString()!;
        var users = $"/api/v1/users/{User}";
        await SendAsync(HttpMethod.Put, users + "/preferences", Json(new { platforms = new[] { "netflix", "hulu" }, likedGenres = new[] { "comedy" }, avoidedGenres = new[] { "horror" }, maxMinAge = 16 }), bearer);
        await SendAsync(HttpMethod.Get, users + "/preferences", bearer: bearer);
        await SendAsync(HttpMethod.Post, users + "/events", Json(new { eventId = "c-1", titleId, kind = "rating", rating = 5 }), bearer);
        await SendAsync(HttpMethod.Post, users + "/events", Json(new { eventId = "c-1", titleId, kind = "rating", rating = 5 }), bearer); // a repeat: 200
        await SendAsync(HttpMethod.Post, users + "/events", Json(new { titleId, kind = "view", completion = 0.9 }), bearer);
        await SendAsync(HttpMethod.Post, users + "/events", Json(new { titleId, kind = "watchlist-add" }), bearer);
        foreach (var path in new[] { "/history", "/watchlist", "/notifications", "/export" })
            await SendAsync(HttpMethod.Get, users + path, bearer: bearer);
        await SendAsync(HttpMethod.Get, $"/api/v1/recommendations?userId={User}&limit=10", bearer: bearer);
        await SendAsync(HttpMethod.Post, "/api/v1/search", Json(new { query = "comedy", limit = 5 }), bearer); // personalised
        await SendAsync(HttpMethod.Delete, users, bearer: bearer);
        await SendAsync(HttpMethod.Get, users + "/export", bearer: bearer);
    }

    private async Task AdminAsync()
    {
        var admin = TestTokens.For("contract-admin", "admin");
        await SendAsync(HttpMethod.Post, "/api/v1/admin/recommendations/train", Json(new { }), admin);
        await SendAsync(HttpMethod.Post, "/api/v1/admin/recommendations/train", bearer: admin);
        await SendAsync(HttpMethod.Get, "/api/v1/admin/availability/platforms", bearer: admin);
        await SendAsync(HttpMethod.Post, "/api/v1/admin/availability/sweep", bearer: admin);
        await SendAsync(HttpMethod.Post, "/api/v1/admin/catalog/sync", bearer: admin);
        await SendAsync(HttpMethod.Post, "/api/v1/admin/catalog/sync?force=true", bearer: admin);
        await SendAsync(HttpMethod.Get, $"/api/v1/users/{User}/history", bearer: admin); // an admin may read any user
    }

    private async Task WebhooksAsync(string titleId)
    {
        var title = await host.Host.Store.GetAsync(titleId);
        var externalId = "netflix:" + title!.Availability.First(a => a.Platform == "netflix").ShowId;
        var body = SignedWebhooks.Body(externalId, true, DateTimeOffset.UtcNow.AddSeconds(-1));
        await ExchangeAsync(SignedWebhooks.Request("netflix", "msg_contract_1", body), requestIsValid: true);
        await ExchangeAsync(SignedWebhooks.Request("netflix", "msg_contract_1", body), requestIsValid: true); // a redelivery
        await ExchangeAsync(SignedWebhooks.Request("netflix", "msg_contract_2", body, secret: SignedWebhooks.OtherSecret), requestIsValid: false);
        await ExchangeAsync(SignedWebhooks.Request("disney-plus", "msg_contract_3", body), requestIsValid: false);
        await ExchangeAsync(SignedWebhooks.Request("nowhere", "msg_contract_4", body), requestIsValid: false);
        // Over the webhook's own limit (64 KB), under the server's (1 MB).
        await ExchangeAsync(SignedWebhooks.Request("netflix", "msg_contract_5", body.Replace("\"data\":{", "\"padding\":\"" + new string('x', 100_000) + "\",\"data\":{", StringComparison.Ordinal)), requestIsValid: false);
        using var unsigned = new HttpRequestMessage(HttpMethod.Post, "/api/v1/webhooks/netflix") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        await ExchangeAsync(unsigned, requestIsValid: false);
    }

    private async Task BadInputAsync(string titleId)
    {
        var bearer = TestTokens.For(User, "user");
        var other = TestTokens.For("someone-else", "user");
        await SendAsync(HttpMethod.Get, "/api/v1/content/t_unknown", valid: false);
        await SendAsync(HttpMethod.Get, "/api/v1/content/t_unknown/similar", valid: false);
        await SendAsync(HttpMethod.Get, "/api/v1/content/t_unknown/availability", valid: false);
        // Not through the proxy: a body that is not JSON under a JSON content type (Prism 5.16 never answers it; the
        // fuzz tests send thousands straight to the LocalHost) or over the server's 1 MB limit (Kestrel cuts the upload
        // off, which a proxy sees as a broken connection).
        await SendAsync(HttpMethod.Post, "/api/v1/search", new StringContent("horror", Encoding.UTF8, "text/plain"), valid: false);
        await SendAsync(HttpMethod.Post, "/api/v1/search", Json(new { query = "x", limit = 0 }), valid: false);
        await SendAsync(HttpMethod.Post, "/api/v1/search", Json(new { query = "x", cursor = "not-a-cursor" }), valid: false);
        await SendAsync(HttpMethod.Post, "/api/v1/search", Json(new { query = 5 }), valid: false);
        await SendAsync(HttpMethod.Post, "/api/v1/search", Json(new { }), valid: false);
        await SendAsync(HttpMethod.Post, "/api/v1/intent", Json(new { }), valid: false);
        await SendAsync(HttpMethod.Post, "/api/v1/auth/dev-token", Json(new { roles = new[] { "user" } }), valid: false);
        foreach (var path in new[]
        {
            "/api/v1/changes?platforms=max", "/api/v1/changes?kinds=binge", "/api/v1/changes?since=2999-01-01T00:00:00Z",
            "/api/v1/changes?cursor=nope", "/api/v1/changes?limit=1000", "/api/v1/trending?limit=0", "/api/v1/search/suggestions?q=",
            $"/api/v1/content/{titleId}/similar?limit=500",
        })
        {
            await SendAsync(HttpMethod.Get, path, valid: false);
        }
        await SendAsync(HttpMethod.Get, $"/api/v1/users/{User}/history", valid: false);
        await SendAsync(HttpMethod.Get, $"/api/v1/users/{User}/history", bearer: "not.a.token", valid: false);
        await SendAsync(HttpMethod.Get, $"/api/v1/users/{User}/history", bearer: other);
        await SendAsync(HttpMethod.Get, $"/api/v1/recommendations?userId={User}", bearer: other);
        await SendAsync(HttpMethod.Post, "/api/v1/admin/recommendations/train", bearer: bearer);
        await SendAsync(HttpMethod.Post, $"/api/v1/users/{User}/events", Json(new { titleId, kind = "binge" }), bearer, valid: false);
        await SendAsync(HttpMethod.Post, $"/api/v1/users/{User}/events", Json(new { titleId = "t_unknown", kind = "view" }), bearer, valid: false);
        await SendAsync(HttpMethod.Post, $"/api/v1/users/{User}/events", Json(new { titleId, kind = "rating", rating = 11 }), bearer, valid: false);
        await SendAsync(HttpMethod.Put, $"/api/v1/users/{User}/preferences", Json(new { likedGenres = new[] { "nope" } }), bearer, valid: false);
        await SendAsync(HttpMethod.Get, "/api/v1/recommendations?userId=", bearer: bearer, valid: false);
    }

    private async Task<string> SendAsync(HttpMethod method, string path, HttpContent? content = null, string? bearer = null, bool valid = true)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (bearer is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        return await ExchangeAsync(request, valid);
    }

    private async Task<string> ExchangeAsync(HttpRequestMessage request, bool requestIsValid)
    {
        var described = $"{request.Method} {request.RequestUri}";
        using var response = await host.Client.SendAsync(request);
        exchanges++;
        var body = await response.Content.ReadAsStringAsync();
        if ((int)response.StatusCode >= 500)
            violations.Add($"{described} -> {(int)response.StatusCode}: {body[..Math.Min(300, body.Length)]}");
        if (response.Headers.TryGetValues("sl-violations", out var values))
        {
            foreach (var violation in JsonDocument.Parse(string.Join("", values)).RootElement.EnumerateArray())
            {
                var location = violation.GetProperty("location")[0].GetString();
                if (location == "request" && !requestIsValid)
                    continue; // bad input on purpose: the document refusing it is the point
                violations.Add($"{described} -> {(int)response.StatusCode}: {string.Join('.', violation.GetProperty("location").EnumerateArray().Select(l => l.ToString()))}: {violation.GetProperty("message").GetString()}");
            }
        }
        return body;
    }

    private static JsonContent Json<T>(T value) => JsonContent.Create(value);

    private static string DevSet()
    {
        var path = Path.GetFullPath(Path.Combine(RepositoryRoot.Find(), "..", "shared", "eval", "dev.jsonl"));
        return File.Exists(path) ? path : throw new FileNotFoundException($"The development queries are missing: {path} (../shared beside the repository).");
    }
}
