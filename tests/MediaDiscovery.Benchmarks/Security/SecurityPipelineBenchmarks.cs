using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Hosting.Observability;
using MediaDiscovery.Hosting.RateLimiting;
using MediaDiscovery.Hosting.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MediaDiscovery.Benchmarks.Security;

/// <summary>
/// What authentication and rate limiting add to one request: the shared rate-limit and access-policy middleware
/// around an empty endpoint, for a caller with a valid RS256 token on an own-user endpoint and for an anonymous
/// caller on a public one, against the same request with no security at all. Target: &lt; 0.3 ms p95 added.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Percentiles))]
public class SecurityPipelineBenchmarks
{
    private const string Kid = "bench";
    private static readonly RequestDelegate Terminal = _ => Task.CompletedTask;

    private ServiceProvider services = null!;
    private RequestDelegate secured = null!;
    private Endpoint ownUser = null!;
    private Endpoint publicEndpoint = null!;
    private string token = null!;

    [GlobalSetup]
    public void Setup()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Authentication:Jwt:Issuer"] = "https://bench",
            ["Authentication:Jwt:Audience"] = "api",
            // Generous tiers: the benchmark measures the bucket's cost, not refusals.
            ["RateLimiting:Tiers:anonymous:PermitsPerMinute"] = "1000000000",
            ["RateLimiting:Tiers:user:PermitsPerMinute"] = "1000000000",
        }).Build();
        var key = RSA.Create(2048);
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton(TimeProvider.System);
        collection.AddSingleton<IHostEnvironment>(new HostingEnvironment { ApplicationName = "bench", EnvironmentName = "Production" });
        collection.AddProblemDetails();
        collection.AddApiSecurity(configuration);
        collection.AddSingleton<ISigningKeySource>(new BenchKey(key));
        collection.AddSingleton<EmbeddedMetricWriter>();
        collection.AddSingleton<ApiMetrics>();
        services = collection.BuildServiceProvider();

        var access = new AccessPolicyMiddleware(Terminal, NullLogger<AccessPolicyMiddleware>.Instance);
        var limiter = new RateLimitingMiddleware(access.InvokeAsync, services.GetRequiredService<IRateLimitStore>(),
            services.GetRequiredService<IOptions<RateLimitingOptions>>(), services.GetRequiredService<ApiMetrics>());
        secured = limiter.InvokeAsync;
        ownUser = new Endpoint(Terminal, new EndpointMetadataCollection(new AccessPolicyMetadata(AccessPolicy.OwnUser, "userId")), "own user");
        publicEndpoint = new Endpoint(Terminal, new EndpointMetadataCollection(new AccessPolicyMetadata(AccessPolicy.Public)), "public");
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        token = AccessTokenWriter.Write(key, Kid, new Dictionary<string, object?>
        {
            ["iss"] = "https://bench",
            ["aud"] = "api",
            ["sub"] = "alice",
            ["jti"] = "j1",
            ["exp"] = now + 86_400,
            ["roles"] = new[] { "user" },
        });
    }

    [GlobalCleanup]
    public void Cleanup() => services.Dispose();

    [Benchmark(Baseline = true)]
    public Task NoSecurity() => RunAsync(Terminal, publicEndpoint, authorization: null);

    [Benchmark]
    public Task ValidTokenOwnUser() => RunAsync(secured, ownUser, "Bearer " + token);

    [Benchmark]
    public Task AnonymousPublic() => RunAsync(secured, publicEndpoint, authorization: null);

    // A request scope and context per call, as the server creates them.
    private async Task RunAsync(RequestDelegate pipeline, Endpoint endpoint, string? authorization)
    {
        await using var scope = services.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.SetEndpoint(endpoint);
        context.Request.RouteValues["userId"] = "alice";
        context.Connection.RemoteIpAddress = System.Net.IPAddress.Loopback;
        if (authorization is not null)
            context.Request.Headers.Authorization = authorization;
        await pipeline(context);
        if (context.Response.StatusCode != StatusCodes.Status200OK)
            throw new InvalidOperationException($"The request was refused with {context.Response.StatusCode}.");
    }

    private sealed class BenchKey(RSA key) : ISigningKeySource
    {
        public ValueTask<RSA?> FindAsync(string kid, CancellationToken ct) => ValueTask.FromResult(kid == Kid ? key : null);
    }

    private sealed class Percentiles : ManualConfig
    {
        public Percentiles() => AddColumn(StatisticColumn.P95);
    }
}
