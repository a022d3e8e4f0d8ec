using MediaDiscovery.Core.Ports;
using MediaDiscovery.Embedded.Security;
using MediaDiscovery.Hosting;
using MediaDiscovery.Hosting.Security;
using MediaDiscovery.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MediaDiscovery.LocalHost.Tests.Security;

/// <summary>
/// A function host with the shared service defaults and one tiny endpoint per access policy, for the policies
/// no LocalHost endpoint uses yet (own-user data, internal events) and for rate limits on a clock the test turns.
/// </summary>
public sealed class PolicyTestHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private PolicyTestHost(WebApplication app, HttpClient client)
    {
        this.app = app;
        Client = client;
    }

    public HttpClient Client { get; }

    /// <summary>The rate limiter's clock.</summary>
    public DateTimeOffset Now { get; set; } = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    public static async Task<PolicyTestHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Authentication:Jwt:Issuer"] = TestTokens.Issuer,
            ["Authentication:Jwt:Audience"] = TestTokens.Audience,
        });
        if (settings is not null)
            builder.Configuration.AddInMemoryCollection(settings);
        builder.AddServiceDefaults();
        builder.Services.AddSingleton(TestTokens.KeySource);
        PolicyTestHost? host = null;
        builder.Services.AddSingleton<IRateLimitStore>(new InMemoryRateLimitStore(new FixedClock(() => host!.Now)));

        var app = builder.Build();
        app.UseServiceDefaults();
        app.MapGet("/api/v1/users/{userId}/things", (string userId) => TypedResults.Ok(userId)).RequireOwnUser();
        app.MapGet("/api/v1/things", (string? owner) => TypedResults.Ok(owner)).RequireOwnUser("owner");
        app.MapPost("/api/v1/admin/things", () => TypedResults.Ok()).RequireAdmin();
        app.MapGet("/api/v1/public", () => TypedResults.Ok()).AllowPublic();
        app.MapPost("/api/v1/webhooks/thing", () => TypedResults.Ok()).RequireWebhookSignature();
        app.MapPost("/events/thing", () => TypedResults.Ok()).InternalEvents();
        app.MapGet("/api/v1/forgotten", () => TypedResults.Ok());
        await app.StartAsync();
        host = new PolicyTestHost(app, app.GetTestClient());
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.DisposeAsync();
    }
}
