using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Routing;
using Xunit.Abstractions;

namespace MediaDiscovery.LocalHost.Tests.Security;

/// <summary>
/// Every endpoint of the LocalHost, hammered with random and malformed paths, query strings, bodies, content types
/// and Authorization headers (garbage, forged, expired, other users', valid): never a 5xx, never an error logged.
/// Requests per endpoint: <c>MD_FUZZ_REQUESTS</c> (the figure, 10,000, is what CI sets; the default keeps local runs short).
/// </summary>
public sealed class EndpointFuzzTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int DefaultRequestsPerEndpoint = 400;

    // No %00 in paths: the in-memory test client refuses to send them (Kestrel answers them with 400).
    private static readonly string[] Segments =
    [
        "alice", "bob", "tt0000001", "netflix", "hulu", "", " ", "..%2F..%2Fetc%2Fpasswd", "%2e%2e", "a:b", "' OR 1=1 --", "<script>",
        new('x', 300), "日本", "%F0%9F%8E%AC", "-1", "0", "99999999999999999999", "null", "%20", "a%2Fb", "{userId}", "~", "disney-plus",
    ];

    private static readonly string[] Bodies =
    [
        "", "{}", "[]", "null", "true", "1", "\"x\"", "{\"query\":\"horror\"}", "{\"sub\":\"alice\",\"roles\":[\"admin\"]}",
        "{\"kind\":\"watched\",\"titleId\":\"x\",\"eventId\":\"e1\"}", "{\"platforms\":[\"netflix\"],\"genres\":[\"horror\"]}",
        "{\"version\":\"0\",\"detail-type\":\"Scheduled Event\",\"source\":\"aws.events\",\"detail\":{}}", "{\"Records\":[{\"body\":\"{}\"}]}",
        "{\"type\":\"availability.changed\",\"timestamp\":\"2026-01-01T00:00:00Z\",\"data\":{}}", "{\"a\":" + new string('[', 200),
        "{\"query\":\"" + new string('a', 5000) + "\"}", "\u0000\u0001\u0002", "{\"limit\":1e309}", "{\"query\":{\"$ne\":1}}",
    ];

    private static readonly string[] ContentTypes = ["application/json", "text/plain", "application/xml", "application/json; charset=latin1", "multipart/form-data; boundary=x", ""];

    private readonly LocalHostFactory factory = new();
    private HttpClient client = null!;

    public async Task InitializeAsync() => client = await factory.CreateReadyClientAsync();

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task Hostile_requests_to_every_endpoint_never_cause_a_5xx_or_an_error_log()
    {
        var perEndpoint = int.TryParse(Environment.GetEnvironmentVariable("MD_FUZZ_REQUESTS"), out var n) ? n : DefaultRequestsPerEndpoint;
        var random = new Random(20261122);
        var endpoints = EndpointPolicyTests.Endpoints(factory.Services);
        var tokens = Tokens();
        var failures = new List<string>();
        var total = 0;
        var clock = Stopwatch.StartNew();
        foreach (var endpoint in endpoints)
        {
            var method = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.FirstOrDefault() ?? "GET";
            var template = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            for (var i = 0; i < perEndpoint; i++)
            {
                using var request = Request(random, method, template, tokens);
                using var response = await client.SendAsync(request);
                total++;
                if ((int)response.StatusCode >= 500)
                    failures.Add($"{request.Method} {request.RequestUri} -> {(int)response.StatusCode}");
            }
        }
        output.WriteLine($"{total} requests to {endpoints.Count} endpoints in {clock.Elapsed.TotalSeconds:F1} s ({total / clock.Elapsed.TotalSeconds:F0}/s)");
        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(10)));
        Assert.True(factory.ErrorLogs.Errors == 0, string.Join('\n', factory.ErrorLogs.Messages.Take(5)));
    }

    private static string[] Tokens()
    {
        var expired = TestTokens.Claims("alice", "user");
        expired["exp"] = DateTimeOffset.UtcNow.AddHours(-1).ToUnixTimeSeconds();
        return
        [
            TestTokens.For("alice", "user"), TestTokens.For("bob", "premium"), TestTokens.Sign(expired),
            TestTokens.Sign(TestTokens.Claims("alice", "admin"), TestTokens.ForeignKey), "a.b.c", "eyJhbGciOiJub25lIn0.e30.", new string('A', 9000),
        ];
    }

    private static HttpRequestMessage Request(Random random, string method, string template, string[] tokens)
    {
        var path = new StringBuilder();
        foreach (var part in template.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            path.Append('/');
            path.Append(part.StartsWith('{') ? Pick(random, Segments) : part);
        }
        if (random.Next(3) == 0)
            path.Append('?').Append(Pick(random, "userId=alice", "userId=bob", "limit=-5", "limit=abc", "q=%00", "force=maybe", "platforms=hbo", "cursor=!!", "q=" + new string('q', 3000), "a=1&a=2", "userId="));
        var request = new HttpRequestMessage(random.Next(20) == 0 ? new HttpMethod(Pick(random, "PATCH", "PUT", "DELETE", "GET", "POST")) : new HttpMethod(method),
            new Uri(path.ToString(), UriKind.Relative));
        if (method is "POST" or "PUT" || random.Next(10) == 0)
        {
            var body = random.Next(5) == 0 ? RandomText(random) : Pick(random, Bodies);
            var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            if (Pick(random, ContentTypes) is { Length: > 0 } type && MediaTypeHeaderValue.TryParse(type, out var parsed))
                content.Headers.ContentType = parsed;
            request.Content = content;
        }
        switch (random.Next(4))
        {
            case 0:
                request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + Pick(random, tokens));
                break;
            case 1:
                request.Headers.TryAddWithoutValidation("Authorization", Pick(random, "Basic YTpi", "Bearer", "Bearer  ", "bearer x.y.z", "\u00ff\u00fe"));
                break;
        }
        if (random.Next(5) == 0)
            request.Headers.TryAddWithoutValidation(Pick(random, "x-correlation-id", "webhook-signature", "webhook-id", "webhook-timestamp", "X-Forwarded-For", "Origin"), RandomText(random));
        return request;
    }

    private static string Pick(Random random, params string[] options) => options[random.Next(options.Length)];

    private static string RandomText(Random random)
    {
        var chars = new char[random.Next(0, 120)];
        for (var i = 0; i < chars.Length; i++)
            chars[i] = (char)random.Next(0x20, 0x7f);
        return new string(chars);
    }
}
