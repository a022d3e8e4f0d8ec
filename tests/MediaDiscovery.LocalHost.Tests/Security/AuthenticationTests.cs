using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MediaDiscovery.Core.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace MediaDiscovery.LocalHost.Tests.Security;

/// <summary>Access tokens on the LocalHost's real endpoints: every kind of bad token is a 401 problem.</summary>
public sealed class AuthenticationTests(DemoCatalogFixture fixture) : IClassFixture<DemoCatalogFixture>
{
    private static readonly Uri AdminSync = new("/api/v1/admin/catalog/sync", UriKind.Relative);
    private static readonly Uri Genres = new("/api/v1/genres", UriKind.Relative);
    private const string GenericRefusal = "The access token is missing, malformed, expired, revoked or not for this API.";

    public static TheoryData<string, string> BadTokens()
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        string With(string claim, object? value)
        {
            var claims = TestTokens.Claims("root", "admin");
            if (value is null)
                claims.Remove(claim);
            else
                claims[claim] = value;
            return TestTokens.Sign(claims);
        }
        var valid = TestTokens.For("root", "admin");
        var parts = valid.Split('.');
        return new TheoryData<string, string>
        {
            { "expired", With("exp", now - 120) },
            { "expired beyond the skew", With("exp", now - 31) },
            { "not yet valid", With("nbf", now + 600) },
            { "no expiry", With("exp", null) },
            { "wrong audience", With("aud", "someone-else") },
            { "wrong audience list", With("aud", new[] { "a", "b" }) },
            { "wrong issuer", With("iss", "https://evil.example") },
            { "no subject", With("sub", null) },
            { "no token id", With("jti", null) },
            { "wrong signature", TestTokens.Sign(TestTokens.Claims("root", "admin"), TestTokens.ForeignKey) },
            { "unknown kid", TestTokens.Sign(TestTokens.Claims("root", "admin"), kid: "other") },
            { "HS256 header", TestTokens.Sign(TestTokens.Claims("root", "admin"), algorithm: "HS256") },
            { "alg none", "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0." + parts[1] + "." },
            { "tampered payload", parts[0] + "." + With("sub", "mallory").Split('.')[1] + "." + parts[2] },
            { "two parts", parts[0] + "." + parts[1] },
            { "four parts", valid + ".x" },
            { "not base64", "!!!.???.***" },
            { "not JSON", "bm90IGpzb24.bm90IGpzb24.c2ln" },
            { "garbage", "abc" },
            { "huge", new string('a', 20_000) },
        };
    }

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task A_bad_token_is_401_on_protected_and_public_endpoints(string why, string token)
    {
        foreach (var (method, uri) in new[] { (HttpMethod.Post, AdminSync), (HttpMethod.Get, Genres) })
        {
            using var request = new HttpRequestMessage(method, uri);
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
            using var response = await fixture.Client.SendAsync(request);
            var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized, "unauthorized");
            Assert.Equal("Bearer error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString());
            // One message for every failure: the caller learns nothing about which check tripped (the log does).
            Assert.Equal(GenericRefusal, problem.GetProperty("detail").GetString());
            Assert.NotEmpty(why);
        }
    }

    [Fact]
    public async Task A_revoked_token_is_401()
    {
        var claims = TestTokens.Claims("root", "admin");
        var token = TestTokens.Sign(claims);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Get, Genres, token)).StatusCode);

        await fixture.Factory.Services.GetRequiredService<IRevokedTokens>()
            .RevokeAsync((string)claims["jti"]!, DateTimeOffset.FromUnixTimeSeconds((long)claims["exp"]!));

        await ProblemAssert.IsProblemAsync(await SendAsync(HttpMethod.Get, Genres, token), HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task A_token_just_past_expiry_is_accepted_within_the_clock_skew()
    {
        var claims = TestTokens.Claims("root", "admin");
        claims["exp"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 5;
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Get, Genres, TestTokens.Sign(claims))).StatusCode);
    }

    [Fact]
    public async Task Another_authorization_scheme_is_401()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Genres);
        request.Headers.TryAddWithoutValidation("Authorization", "Basic YWxpY2U6c2VjcmV0");
        await ProblemAssert.IsProblemAsync(await fixture.Client.SendAsync(request), HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task Admin_routes_are_401_anonymous_403_for_users_and_open_to_admins()
    {
        var anonymous = await fixture.Client.PostAsync(AdminSync, null);
        await ProblemAssert.IsProblemAsync(anonymous, HttpStatusCode.Unauthorized, "unauthorized");
        Assert.Equal("Bearer", anonymous.Headers.WwwAuthenticate.ToString());
        foreach (var roles in new[] { new[] { "user" }, ["premium"], ["user", "premium"] })
            await ProblemAssert.IsProblemAsync(await SendAsync(HttpMethod.Post, AdminSync, TestTokens.For("alice", roles)), HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Post, AdminSync, TestTokens.For("root", "admin"))).StatusCode);
    }

    [Fact]
    public async Task The_development_issuer_hands_out_tokens_the_host_accepts()
    {
        var issued = await fixture.Client.PostAsJsonAsync(new Uri("/api/v1/auth/dev-token", UriKind.Relative), new { sub = "alice", roles = new[] { "admin" } });
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        var token = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Post, AdminSync, token)).StatusCode);

        var user = await fixture.Client.PostAsJsonAsync(new Uri("/api/v1/auth/dev-token", UriKind.Relative), new { sub = "bob" });
        var userToken = (await user.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
        await ProblemAssert.IsProblemAsync(await SendAsync(HttpMethod.Post, AdminSync, userToken), HttpStatusCode.Forbidden, "forbidden");
    }

    [Theory]
    [InlineData("""{"sub":""}""")]
    [InlineData("""{"sub":"a b"}""")]
    [InlineData("""{"sub":"alice","roles":["root"]}""")]
    [InlineData("""{"roles":["user"]}""")]
    public async Task The_development_issuer_refuses_bad_requests(string body)
    {
        var response = await fixture.Client.PostAsync(new Uri("/api/v1/auth/dev-token", UriKind.Relative),
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "validation");
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, Uri uri, string token)
    {
        using var request = new HttpRequestMessage(method, uri);
        request.Headers.Authorization = TestTokens.Bearer(token);
        return await fixture.Client.SendAsync(request);
    }
}
