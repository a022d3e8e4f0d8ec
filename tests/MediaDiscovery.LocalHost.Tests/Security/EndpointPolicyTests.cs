using MediaDiscovery.Hosting.Security;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace MediaDiscovery.LocalHost.Tests.Security;

/// <summary>
/// Every endpoint the LocalHost maps declares who may call it, and the declaration fits its route: a new route
/// without a policy, or an admin/user/event route with the wrong one, fails this test.
/// </summary>
public sealed class EndpointPolicyTests(DemoCatalogFixture fixture) : IClassFixture<DemoCatalogFixture>
{
    public static IReadOnlyList<RouteEndpoint> Endpoints(IServiceProvider services) =>
        [.. services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()];

    /// <summary>The one user route whose user id is a query parameter (<c>?userId=</c>), as API.md has it.</summary>
    private const string RecommendationsRoute = "/api/v1/recommendations";

    /// <summary>The policy a route must have, from its shape.</summary>
    private static AccessPolicy Expected(string route) => route switch
    {
        _ when route.StartsWith("/events", StringComparison.Ordinal) => AccessPolicy.InternalEvents,
        _ when route.Contains("/admin/", StringComparison.Ordinal) => AccessPolicy.Admin,
        _ when route.Contains("/webhooks/", StringComparison.Ordinal) => AccessPolicy.SignedWebhook,
        RecommendationsRoute => AccessPolicy.OwnUser,
        _ when route.Contains("{userId", StringComparison.Ordinal) || route.StartsWith("/api/v1/users", StringComparison.Ordinal) => AccessPolicy.OwnUser,
        _ => AccessPolicy.Public,
    };

    [Fact]
    public void Every_endpoint_declares_the_policy_its_route_calls_for()
    {
        var endpoints = Endpoints(fixture.Factory.Services);
        Assert.True(endpoints.Count >= 12, $"only {endpoints.Count} endpoints found");
        var wrong = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var route = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            var declared = endpoint.Metadata.GetMetadata<AccessPolicyMetadata>();
            if (declared is null)
                wrong.Add($"{route}: no access policy");
            else if (declared.Policy != Expected(route))
                wrong.Add($"{route}: {declared.Policy}, expected {Expected(route)}");
            else if (declared.Policy == AccessPolicy.OwnUser && route != RecommendationsRoute
                && !route.Contains("{" + declared.UserIdParameter, StringComparison.Ordinal))
                wrong.Add($"{route}: own-user parameter '{declared.UserIdParameter}' is not in the route");
        }
        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    [Fact]
    public void The_known_endpoints_are_all_there()
    {
        var routes = Endpoints(fixture.Factory.Services).Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/')).ToHashSet();
        foreach (var route in new[]
        {
            "/api/v1/search", "/api/v1/content/{id}", "/api/v1/genres", "/api/v1/platforms", "/api/v1/content/{id}/availability",
            "/api/v1/admin/catalog/sync", "/events/catalog-sync", "/api/v1/intent", "/health", "/ready", "/openapi/{documentName}.json",
            "/api/v1/auth/dev-token",
        })
            Assert.Contains(route, routes);
    }
}
