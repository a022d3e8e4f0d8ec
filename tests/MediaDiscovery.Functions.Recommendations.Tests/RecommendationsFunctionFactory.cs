using System.Net.Http.Headers;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.LocalHost.Tests.Security;
using MediaDiscovery.Testing;
using MediaDiscovery.Testing.Users;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MediaDiscovery.Functions.Recommendations.Tests;

/// <summary>
/// The Recommendations function alone, in memory: a small catalog, the in-memory user store, a stand-in engine
/// (so tests see exactly what the API asks of it) and a clock the test turns. Clients carry a token for the user.
/// </summary>
public sealed class RecommendationsFunctionFactory : WebApplicationFactory<Program>
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("md-recs-").FullName;

    public static readonly Core.Catalog.Title Matrix = SampleTitles.Movie("The Matrix", 1999, ("netflix", "s1"));
    public static readonly Core.Catalog.Title Office = SampleTitles.Series("The Office", 2005, ("hulu", "s2"), ("netflix", "s3"));
    public static readonly Core.Catalog.Title Fargo = SampleTitles.Movie("Fargo", 1996, ("hulu", "s4"));

    public InMemoryCatalogStore Catalog { get; } = new();

    public InMemoryUserStore Users { get; } = new();

    public FakeRecommendationEngine Engine { get; } = new();

    public DateTimeOffset Now { get; set; } = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    /// <summary>A client whose token says it is <paramref name="subject"/> (with <paramref name="roles"/>).</summary>
    public HttpClient ClientFor(string subject, params string[] roles)
    {
        var client = CreateClient();
        var claims = TestTokens.Claims(subject, roles);
        // Tokens are checked against the host's clock, which the tests set.
        var now = Now.ToUnixTimeSeconds();
        (claims["iat"], claims["nbf"], claims["exp"]) = (now, now, now + 86_400 * 30);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Sign(claims));
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:DataDirectory", dataDirectory);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Authentication:Jwt:Issuer", TestTokens.Issuer);
        builder.UseSetting("Authentication:Jwt:Audience", TestTokens.Audience);
        builder.UseSetting("RateLimiting:Enabled", "false");
        builder.ConfigureTestServices(services =>
        {
            Catalog.PutAsync([new TitleWrite(Matrix, 0), new TitleWrite(Office, 0), new TitleWrite(Fargo, 0)]).GetAwaiter().GetResult();
            services.AddSingleton<ICatalogStore>(Catalog);
            services.AddSingleton<IUserStore>(Users);
            services.AddSingleton<TimeProvider>(new FixedClock(() => Now));
            services.AddSingleton(TestTokens.KeySource);
            services.AddSingleton<IRecommender>(Engine);
            services.AddSingleton<IRecommendationTraining>(Engine);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(dataDirectory))
            Directory.Delete(dataDirectory, recursive: true);
    }
}
