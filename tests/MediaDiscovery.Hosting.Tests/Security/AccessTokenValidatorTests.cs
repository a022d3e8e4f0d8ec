using System.Buffers.Text;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using MediaDiscovery.Embedded.Security;
using MediaDiscovery.Hosting.Security;
using MediaDiscovery.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MediaDiscovery.Hosting.Tests.Security;

/// <summary>Validation against keys from a JWKS URL, including a key rotation, on a clock the test moves.</summary>
public sealed class AccessTokenValidatorTests : IDisposable
{
    private static readonly Uri JwksUrl = new("https://issuer.test/.well-known/jwks.json");

    private readonly RSA oldKey = RSA.Create(2048);
    private readonly RSA newKey = RSA.Create(2048);
    private readonly KeySetServer server = new();
    private readonly HttpClient http;
    private DateTimeOffset now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);
    private readonly AccessTokenValidator validator;

    public AccessTokenValidatorTests()
    {
        http = new HttpClient(server);
        var options = Options.Create(new AccessTokenOptions
        {
            Issuer = "https://issuer.test",
            Audience = "api",
            JwksUrl = JwksUrl,
            JwksMinimumRefreshInterval = TimeSpan.FromSeconds(30),
        });
        var clock = new FixedClock(() => now);
        var jwks = new JwksSigningKeys(http, options, clock, NullLogger<JwksSigningKeys>.Instance);
        validator = new AccessTokenValidator([jwks], new InMemoryRevokedTokens(clock), options, clock);
        server.Keys = [("k1", oldKey)];
    }

    private string Token(RSA key, string kid, long? exp = null) => AccessTokenWriter.Write(key, kid, new Dictionary<string, object?>
    {
        ["iss"] = "https://issuer.test",
        ["aud"] = new[] { "other", "api" },
        ["sub"] = "alice",
        ["jti"] = Guid.NewGuid().ToString("N"),
        ["exp"] = exp ?? now.AddMinutes(10).ToUnixTimeSeconds(),
        ["cognito:groups"] = new[] { "premium" },
    });

    [Fact]
    public async Task A_token_signed_by_a_published_key_is_valid_with_its_roles()
    {
        var result = await validator.ValidateAsync(Token(oldKey, "k1"), CancellationToken.None);
        Assert.True(result.Succeeded, result.Failure);
        Assert.True(result.Principal!.IsInRole("premium"));
        Assert.Equal("alice", result.Principal.FindFirst("sub")!.Value);
    }

    [Fact]
    public async Task A_rotated_key_is_picked_up_when_a_token_names_it_and_the_set_is_not_reread_in_a_flood()
    {
        Assert.True((await validator.ValidateAsync(Token(oldKey, "k1"), CancellationToken.None)).Succeeded);
        Assert.Equal(1, server.Requests);

        server.Keys = [("k1", oldKey), ("k2", newKey)];
        now = now.AddMinutes(1);
        Assert.True((await validator.ValidateAsync(Token(newKey, "k2"), CancellationToken.None)).Succeeded);
        Assert.Equal(2, server.Requests);

        // Forged kids right after: refused without asking the issuer again.
        for (var i = 0; i < 20; i++)
            Assert.Equal("unknown key", (await validator.ValidateAsync(Token(newKey, "forged-" + i), CancellationToken.None)).Failure);
        Assert.Equal(2, server.Requests);
    }

    [Fact]
    public async Task An_unreachable_issuer_keeps_the_last_good_keys()
    {
        Assert.True((await validator.ValidateAsync(Token(oldKey, "k1"), CancellationToken.None)).Succeeded);
        server.Fail = true;
        now = now.AddHours(2);
        Assert.True((await validator.ValidateAsync(Token(oldKey, "k1"), CancellationToken.None)).Succeeded);
    }

    [Theory]
    [InlineData("none")]
    [InlineData("HS256")]
    [InlineData("RS512")]
    [InlineData("rs256")]
    public async Task Only_RS256_is_accepted(string algorithm)
    {
        var token = AccessTokenWriter.Write(oldKey, "k1", new Dictionary<string, object?> { ["sub"] = "a" }, algorithm);
        Assert.Equal("algorithm", (await validator.ValidateAsync(token, CancellationToken.None)).Failure);
    }

    [Fact]
    public async Task An_hmac_token_keyed_with_the_public_key_is_refused()
    {
        // The classic confusion attack: HS256 with the RSA public key as the shared secret.
        var header = Base64Url.EncodeToString("{\"alg\":\"HS256\",\"kid\":\"k1\"}"u8);
        var payload = Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{{\"iss\":\"https://issuer.test\",\"aud\":\"api\",\"sub\":\"root\",\"jti\":\"x\",\"exp\":{now.AddMinutes(5).ToUnixTimeSeconds()}}}"));
        var mac = HMACSHA256.HashData(Encoding.ASCII.GetBytes(oldKey.ExportSubjectPublicKeyInfoPem()), Encoding.ASCII.GetBytes(header + "." + payload));
        var result = await validator.ValidateAsync(header + "." + payload + "." + Base64Url.EncodeToString(mac), CancellationToken.None);
        Assert.False(result.Succeeded);
    }

    public void Dispose()
    {
        http.Dispose();
        oldKey.Dispose();
        newKey.Dispose();
    }

    private sealed class KeySetServer : HttpMessageHandler
    {
        public (string Kid, RSA Key)[] Keys { get; set; } = [];

        public bool Fail { get; set; }

        public int Requests { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests++;
            if (Fail)
                return Task.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
            var keys = string.Join(',', Keys.Select(k =>
            {
                var p = k.Key.ExportParameters(false);
                return $"{{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"{k.Kid}\",\"n\":\"{Base64Url.EncodeToString(p.Modulus)}\",\"e\":\"{Base64Url.EncodeToString(p.Exponent)}\"}}";
            }));
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent($"{{\"keys\":[{{\"kty\":\"EC\",\"kid\":\"ec\"}},{keys}]}}") });
        }
    }
}
