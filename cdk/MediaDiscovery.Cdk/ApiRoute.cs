using Amazon.CDK.AWS.Apigatewayv2;
using HttpMethod = Amazon.CDK.AWS.Apigatewayv2.HttpMethod;

namespace MediaDiscovery.Cdk;

/// <summary>One route of ../shared/API.md: which function serves it and whether the gateway demands a JWT.</summary>
public sealed record ApiRoute(HttpMethod Method, string Path, FunctionSpec Function, bool RequiresJwt)
{
    /// <summary>
    /// Public reads and search take no token (the functions still read one when sent); users' data and admin routes
    /// need a valid JWT at the gateway, and the function checks the subject or the admin claim. The webhook route is
    /// signed per Standard Webhooks and verified in the function, so it has no JWT.
    /// </summary>
    public static IReadOnlyList<ApiRoute> All { get; } =
    [
        new(HttpMethod.POST, "/api/v1/search", FunctionSpec.Search, false),
        new(HttpMethod.GET, "/api/v1/search/suggestions", FunctionSpec.Search, false),
        new(HttpMethod.GET, "/api/v1/content/{id}", FunctionSpec.Search, false),
        new(HttpMethod.GET, "/api/v1/content/{id}/similar", FunctionSpec.Search, false),
        new(HttpMethod.GET, "/api/v1/genres", FunctionSpec.Search, false),
        new(HttpMethod.GET, "/api/v1/platforms", FunctionSpec.Search, false),
        new(HttpMethod.GET, "/api/v1/trending", FunctionSpec.Search, false),
        new(HttpMethod.GET, "/api/v1/changes", FunctionSpec.Search, false),
        new(HttpMethod.POST, "/api/v1/intent", FunctionSpec.Intent, false),
        new(HttpMethod.GET, "/api/v1/content/{id}/availability", FunctionSpec.Availability, false),
        new(HttpMethod.POST, "/api/v1/users/{userId}/events", FunctionSpec.Recommendations, true),
        new(HttpMethod.GET, "/api/v1/users/{userId}/history", FunctionSpec.Recommendations, true),
        new(HttpMethod.GET, "/api/v1/users/{userId}/watchlist", FunctionSpec.Recommendations, true),
        new(HttpMethod.GET, "/api/v1/users/{userId}/preferences", FunctionSpec.Recommendations, true),
        new(HttpMethod.PUT, "/api/v1/users/{userId}/preferences", FunctionSpec.Recommendations, true),
        new(HttpMethod.GET, "/api/v1/users/{userId}/notifications", FunctionSpec.Recommendations, true),
        new(HttpMethod.GET, "/api/v1/users/{userId}/export", FunctionSpec.Recommendations, true),
        new(HttpMethod.DELETE, "/api/v1/users/{userId}", FunctionSpec.Recommendations, true),
        new(HttpMethod.GET, "/api/v1/recommendations", FunctionSpec.Recommendations, true),
        new(HttpMethod.POST, "/api/v1/admin/recommendations/train", FunctionSpec.Recommendations, true),
        new(HttpMethod.POST, "/api/v1/admin/catalog/sync", FunctionSpec.CatalogSync, true),
        new(HttpMethod.POST, "/api/v1/admin/availability/sweep", FunctionSpec.Availability, true),
        new(HttpMethod.GET, "/api/v1/admin/availability/platforms", FunctionSpec.Availability, true),
        new(HttpMethod.POST, "/api/v1/webhooks/{platform}", FunctionSpec.Webhooks, false),
    ];

    /// <summary>API Gateway's route key, e.g. <c>GET /api/v1/genres</c>.</summary>
    public string RouteKey => $"{Method} {Path}";
}
