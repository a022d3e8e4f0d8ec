namespace MediaDiscovery.Cdk.Tests;

[Collection(StacksCollection.Name)]
public sealed class ApiTests(Stacks stacks)
{
    /// <summary>The routes of ../shared/API.md (and the admin routes the functions map), written out independently of
    /// the stack's own table: route key, the function that must serve it, and whether a JWT is required.</summary>
    public static TheoryData<string, string, bool> Routes => new()
    {
        { "POST /api/v1/search", "Search", false },
        { "POST /api/v1/intent", "Intent", false },
        { "GET /api/v1/content/{id}", "Search", false },
        { "GET /api/v1/content/{id}/availability", "Availability", false },
        { "GET /api/v1/content/{id}/similar", "Search", false },
        { "GET /api/v1/genres", "Search", false },
        { "GET /api/v1/platforms", "Search", false },
        { "GET /api/v1/trending", "Search", false },
        { "GET /api/v1/changes", "Search", false },
        { "GET /api/v1/search/suggestions", "Search", false },
        { "POST /api/v1/users/{userId}/events", "Recommendations", true },
        { "GET /api/v1/users/{userId}/watchlist", "Recommendations", true },
        { "GET /api/v1/recommendations", "Recommendations", true },
        { "POST /api/v1/webhooks/{platform}", "Webhooks", false },
        { "POST /api/v1/admin/catalog/sync", "CatalogSync", true },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public void Each_route_of_the_contract_reaches_its_function_with_the_right_authorization(string routeKey, string function, bool jwt)
    {
        var stack = stacks.Dev;
        var route = Assert.Single(stack.OfType("AWS::ApiGatewayV2::Route"), r => (string?)r.Properties["RouteKey"] == routeKey).Properties;
        Assert.Equal(jwt ? "JWT" : "NONE", (string?)route["AuthorizationType"]);
        if (jwt)
            Assert.Equal(Authorizer(stack).Id, (string?)route["AuthorizerId"]!["Ref"]);

        var integrationId = (string)route["Target"]!["Fn::Join"]![1]![1]!["Ref"]!;
        var integration = stack.Properties(integrationId);
        Assert.Equal("AWS_PROXY", (string?)integration["IntegrationType"]);
        var alias = stack.LogicalId(stack.Stack.Functions[function].Live);
        Assert.Equal(SynthesizedStack.Ref(alias), integration["IntegrationUri"]!.ToJsonString());
    }

    [Fact]
    public void Every_route_is_declared_once_and_no_events_path_is_exposed()
    {
        var keys = stacks.Dev.OfType("AWS::ApiGatewayV2::Route").Select(r => (string)r.Properties["RouteKey"]!).ToList();
        Assert.Equal(ApiRoute.All.Count, keys.Count);
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(keys, k => k.Split(' ')[1] == "/events" || k.Contains("$default", StringComparison.Ordinal));
    }

    [Fact]
    public void The_JWT_authorizer_takes_issuer_and_audience_from_context()
    {
        var (_, authorizer) = Authorizer(stacks.Dev);
        Assert.Equal("JWT", (string?)authorizer["AuthorizerType"]);
        Assert.Equal(SynthesizedStack.Issuer, (string?)authorizer["JwtConfiguration"]!["Issuer"]);
        Assert.Equal([SynthesizedStack.Audience], authorizer["JwtConfiguration"]!["Audience"]!.AsArray().Select(a => (string)a!));
        Assert.Equal(["$request.header.Authorization"], authorizer["IdentitySource"]!.AsArray().Select(a => (string)a!));
    }

    [Fact]
    public void The_default_stage_auto_deploys_with_throttling_and_json_access_logs()
    {
        var stage = Assert.Single(stacks.Prod.OfType("AWS::ApiGatewayV2::Stage")).Properties;
        Assert.Equal("$default", (string?)stage["StageName"]);
        Assert.True((bool)stage["AutoDeploy"]!);
        Assert.Equal(1000, (double)stage["DefaultRouteSettings"]!["ThrottlingRateLimit"]!);
        Assert.Equal(2000, (int)stage["DefaultRouteSettings"]!["ThrottlingBurstLimit"]!);
        var logs = stage["AccessLogSettings"]!;
        Assert.Contains(stacks.Prod.LogicalId(stacks.Prod.Stack.Api.AccessLogs), logs["DestinationArn"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("$context.requestId", (string)logs["Format"]!, StringComparison.Ordinal);
        Assert.Contains("$context.status", (string)logs["Format"]!, StringComparison.Ordinal);
    }

    private static (string Id, System.Text.Json.Nodes.JsonObject Properties) Authorizer(SynthesizedStack stack) =>
        Assert.Single(stack.OfType("AWS::ApiGatewayV2::Authorizer"));
}
