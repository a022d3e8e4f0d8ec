using Amazon.CDK;
using Amazon.CDK.AWS.Apigatewayv2;
using Amazon.CDK.AWS.Logs;
using Amazon.CDK.AwsApigatewayv2Authorizers;
using Amazon.CDK.AwsApigatewayv2Integrations;
using Constructs;

namespace MediaDiscovery.Cdk;

/// <summary>
/// The HTTP API (API Gateway v2): the routes of <see cref="ApiRoute.All"/> to their functions' live aliases, a JWT
/// authorizer (issuer and audience from context), stage throttling, CORS for the configured origins, JSON access logs.
/// Routes are added one by one (AddRoutes): Constructs 10.0.5 crashes on HttpApiProps.DefaultIntegration.
/// </summary>
public sealed class PublicApi : Construct
{
    public PublicApi(Construct scope, string id, DeploymentSettings settings, IReadOnlyDictionary<string, ServiceFunction> functions) : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(functions);
        Api = new HttpApi(this, "Api", new HttpApiProps
        {
            ApiName = $"mediadiscovery-{settings.Stage.ToString().ToLowerInvariant()}",
            CreateDefaultStage = false,
            CorsPreflight = settings.CorsOrigins.Count == 0 ? null : new CorsPreflightOptions
            {
                AllowOrigins = [.. settings.CorsOrigins],
                AllowMethods = [CorsHttpMethod.GET, CorsHttpMethod.POST, CorsHttpMethod.PUT, CorsHttpMethod.DELETE],
                AllowHeaders = ["authorization", "content-type", "x-correlation-id"],
                ExposeHeaders = ["x-correlation-id"],
                MaxAge = Duration.Hours(1),
            },
        });
        Stage = Api.AddStage("DefaultStage", new HttpStageOptions
        {
            StageName = "$default",
            AutoDeploy = true,
            Throttle = new ThrottleSettings
            {
                RateLimit = settings.IsProduction ? 1000 : 50,
                BurstLimit = settings.IsProduction ? 2000 : 100,
            },
        });
        AccessLogs = new LogGroup(this, "AccessLogs", new LogGroupProps
        {
            Retention = settings.IsProduction ? RetentionDays.THREE_MONTHS : RetentionDays.ONE_WEEK,
            RemovalPolicy = settings.IsProduction ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
        });
        // HttpStage in Amazon.CDK.Lib 2.160.0 has no access-log option: set it on the CloudFormation resource.
        ((CfnStage)Stage.Node.DefaultChild!).AccessLogSettings = new CfnStage.AccessLogSettingsProperty
        {
            DestinationArn = AccessLogs.LogGroupArn,
            Format = AccessLogFormat,
        };

        Authorizer = new HttpJwtAuthorizer("Jwt", settings.JwtIssuer, new HttpJwtAuthorizerProps
        {
            AuthorizerName = "jwt",
            JwtAudience = [settings.JwtAudience],
            IdentitySource = ["$request.header.Authorization"],
        });
        var integrations = functions.Values.ToDictionary(
            f => f.Spec.Name,
            f => new HttpLambdaIntegration(f.Spec.Name + "Integration", f.Live),
            StringComparer.Ordinal);
        foreach (var route in ApiRoute.All)
        {
            Api.AddRoutes(new AddRoutesOptions
            {
                Path = route.Path,
                Methods = [route.Method],
                Integration = integrations[route.Function.Name],
                Authorizer = route.RequiresJwt ? Authorizer : new HttpNoneAuthorizer(),
            });
        }
    }

    /// <summary>One JSON object per request: what an incident needs, and the id that ties it to the function's logs.</summary>
    public static string AccessLogFormat { get; } = """{"requestId":"$context.requestId","ip":"$context.identity.sourceIp","requestTime":"$context.requestTime","routeKey":"$context.routeKey","status":"$context.status","responseLength":"$context.responseLength","latencyMs":"$context.responseLatency","integrationLatencyMs":"$context.integrationLatency","integrationError":"$context.integrationErrorMessage","authorizerError":"$context.authorizer.error","sub":"$context.authorizer.claims.sub"}""";

    public HttpApi Api { get; }

    public HttpStage Stage { get; }

    public HttpJwtAuthorizer Authorizer { get; }

    public LogGroup AccessLogs { get; }

    public string Url => Stage.Url;
}
