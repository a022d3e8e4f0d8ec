using System.Net;

namespace MediaDiscovery.LocalHost.Tests.Security;

/// <summary>Each access policy enforced: own data only, admins only, fail closed when a policy is missing.</summary>
public sealed class AuthorizationTests : IAsyncLifetime
{
    private PolicyTestHost host = null!;

    public async Task InitializeAsync() => host = await PolicyTestHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
    [InlineData("/api/v1/users/alice/things", "alice", HttpStatusCode.OK)]
    [InlineData("/api/v1/users/bob/things", "alice", HttpStatusCode.Forbidden)]
    [InlineData("/api/v1/users/ALICE/things", "alice", HttpStatusCode.Forbidden)]
    [InlineData("/api/v1/things?owner=alice", "alice", HttpStatusCode.OK)]
    [InlineData("/api/v1/things?owner=bob", "alice", HttpStatusCode.Forbidden)]
    [InlineData("/api/v1/things?owner=alice&owner=bob", "alice", HttpStatusCode.Forbidden)]
    [InlineData("/api/v1/things", "alice", HttpStatusCode.Forbidden)]
    public async Task A_user_reads_only_their_own_data(string path, string subject, HttpStatusCode expected)
    {
        var response = await SendAsync(HttpMethod.Get, path, TestTokens.For(subject, "user"));
        if (expected == HttpStatusCode.OK)
            Assert.Equal(expected, response.StatusCode);
        else
            await ProblemAssert.IsProblemAsync(response, expected, "forbidden");
    }

    [Theory]
    [InlineData("/api/v1/users/bob/things")]
    [InlineData("/api/v1/things?owner=bob")]
    public async Task An_admin_reads_any_user(string path) =>
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Get, path, TestTokens.For("root", "admin"))).StatusCode);

    [Theory]
    [InlineData("/api/v1/users/alice/things")]
    [InlineData("/api/v1/things?owner=alice")]
    public async Task Own_user_data_needs_a_token(string path) =>
        await ProblemAssert.IsProblemAsync(await SendAsync(HttpMethod.Get, path, token: null), HttpStatusCode.Unauthorized, "unauthorized");

    [Fact]
    public async Task Admin_endpoints_refuse_users_and_anonymous_callers()
    {
        await ProblemAssert.IsProblemAsync(await SendAsync(HttpMethod.Post, "/api/v1/admin/things", null), HttpStatusCode.Unauthorized, "unauthorized");
        await ProblemAssert.IsProblemAsync(await SendAsync(HttpMethod.Post, "/api/v1/admin/things", TestTokens.For("alice", "user", "premium")), HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Post, "/api/v1/admin/things", TestTokens.For("root", "admin"))).StatusCode);
    }

    [Fact]
    public async Task An_endpoint_without_a_policy_is_refused_even_to_admins()
    {
        await ProblemAssert.IsProblemAsync(await SendAsync(HttpMethod.Get, "/api/v1/forgotten", null), HttpStatusCode.Forbidden, "forbidden");
        await ProblemAssert.IsProblemAsync(await SendAsync(HttpMethod.Get, "/api/v1/forgotten", TestTokens.For("root", "admin")), HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Public_webhook_and_event_endpoints_need_no_token()
    {
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Get, "/api/v1/public", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Post, "/api/v1/webhooks/thing", null)).StatusCode);
        // In-process callers have no remote address, like the Lambda Web Adapter's loopback.
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Post, "/events/thing", null)).StatusCode);
    }

    [Fact]
    public async Task Responses_carry_the_security_headers()
    {
        var response = await SendAsync(HttpMethod.Get, "/api/v1/public", null);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.False(response.Headers.Contains("Server"));
        var refused = await SendAsync(HttpMethod.Get, "/api/v1/forgotten", null);
        Assert.Equal("nosniff", refused.Headers.GetValues("X-Content-Type-Options").Single());
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (token is not null)
            request.Headers.Authorization = TestTokens.Bearer(token);
        return await host.Client.SendAsync(request);
    }
}
