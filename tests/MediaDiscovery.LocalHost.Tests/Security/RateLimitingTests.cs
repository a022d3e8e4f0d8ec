using System.Net;

namespace MediaDiscovery.LocalHost.Tests.Security;

/// <summary>Token buckets per user and per anonymous client, on a clock the test turns (no sleeping).</summary>
public sealed class RateLimitingTests : IAsyncLifetime
{
    private PolicyTestHost host = null!;

    public async Task InitializeAsync() => host = await PolicyTestHost.StartAsync(new Dictionary<string, string?>
    {
        ["RateLimiting:Tiers:anonymous:PermitsPerMinute"] = "10",
        ["RateLimiting:Tiers:user:PermitsPerMinute"] = "20",
        ["RateLimiting:Tiers:premium:PermitsPerMinute"] = "40",
    });

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_burst_beyond_the_anonymous_limit_is_429_with_retry_after_and_recovers()
    {
        for (var i = 0; i < 10; i++)
        {
            var ok = await GetAsync("/api/v1/public", null);
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
            Assert.Equal("10", Header(ok, "RateLimit-Limit"));
            Assert.Equal((9 - i).ToString(System.Globalization.CultureInfo.InvariantCulture), Header(ok, "RateLimit-Remaining"));
        }

        var refused = await GetAsync("/api/v1/public", null);
        await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.TooManyRequests, "rate-limited");
        Assert.Equal(TimeSpan.FromSeconds(6), refused.Headers.RetryAfter!.Delta);
        Assert.Equal("0", Header(refused, "RateLimit-Remaining"));
        Assert.Equal("60", Header(refused, "RateLimit-Reset"));

        host.Now += TimeSpan.FromSeconds(5);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await GetAsync("/api/v1/public", null)).StatusCode);
        host.Now += TimeSpan.FromSeconds(1);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/api/v1/public", null)).StatusCode);

        host.Now += TimeSpan.FromMinutes(1);
        for (var i = 0; i < 10; i++)
            Assert.Equal(HttpStatusCode.OK, (await GetAsync("/api/v1/public", null)).StatusCode);
    }

    [Fact]
    public async Task Users_have_their_own_buckets_sized_by_role()
    {
        var alice = TestTokens.For("alice", "user");
        var carol = TestTokens.For("carol", "user", "premium");
        for (var i = 0; i < 20; i++)
            Assert.Equal(HttpStatusCode.OK, (await GetAsync("/api/v1/users/alice/things", alice)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await GetAsync("/api/v1/users/alice/things", alice)).StatusCode);
        // A fresh token for the same user shares the bucket: the limit is per user, not per token.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await GetAsync("/api/v1/public", TestTokens.For("alice", "user"))).StatusCode);

        // Other callers are untouched: anonymous clients and premium users have their own buckets.
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/api/v1/public", null)).StatusCode);
        var premium = await GetAsync("/api/v1/users/carol/things", carol);
        Assert.Equal(HttpStatusCode.OK, premium.StatusCode);
        Assert.Equal("40", Header(premium, "RateLimit-Limit"));
    }

    [Fact]
    public async Task Health_probes_and_platform_events_are_exempt()
    {
        for (var i = 0; i < 30; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await GetAsync("/health", null)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await host.Client.PostAsync(new Uri("/events/thing", UriKind.Relative), null)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/api/v1/public", null)).StatusCode);
    }

    [Fact]
    public async Task Invalid_tokens_are_throttled_as_anonymous()
    {
        for (var i = 0; i < 10; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync("/api/v1/public", "forged.token.value")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await GetAsync("/api/v1/public", "forged.token.value")).StatusCode);
    }

    private static string Header(HttpResponseMessage response, string name) => response.Headers.GetValues(name).Single();

    private async Task<HttpResponseMessage> GetAsync(string path, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (token is not null)
            request.Headers.Authorization = TestTokens.Bearer(token);
        return await host.Client.SendAsync(request);
    }
}
