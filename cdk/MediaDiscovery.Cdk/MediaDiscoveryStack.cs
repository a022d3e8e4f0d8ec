using Amazon.CDK;
using Amazon.CDK.AWS.Events;
using Amazon.CDK.AWS.Events.Targets;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.Lambda.EventSources;
using Amazon.CDK.AWS.SecretsManager;
using Constructs;

namespace MediaDiscovery.Cdk;

/// <summary>
/// The whole platform for one stage: data (DynamoDB, OpenSearch, Valkey, secrets), events (SQS, the sweep state
/// machine, schedules), the seven functions and the HTTP API, and the alarms. One stack: every part is deployed and
/// rolled back together, and nothing in it is shared across stages.
/// </summary>
public sealed class MediaDiscoveryStack : Stack
{
    public const string TitanEmbeddingsModel = "amazon.titan-embed-text-v2:0";

    public const string IntentModel = "anthropic.claude-3-5-haiku-20241022-v1:0";

    public MediaDiscoveryStack(Construct scope, string id, DeploymentSettings settings, IStackProps? props = null) : base(scope, id, props)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Settings = settings;
        Network = new PrivateNetwork(this, "Network", settings);
        Tables = new DataTables(this, "Tables", settings);
        SearchAdmin = new Role(this, "SearchAdmin", new RoleProps
        {
            AssumedBy = new AccountRootPrincipal(),
            Description = "OpenSearch fine-grained-access master: the one-shot index, pipeline and role-mapping setup runs as it",
        });
        Search = new SearchDomain(this, "Search", settings, Network, SearchAdmin);
        Cache = new QueryCache(this, "Cache", settings, Network);
        Secrets = new PlatformSecrets(this, "Secrets", settings);
        // What CloudFront sends the API origin so the functions can tell its requests from direct ones (rate-limit keys,
        // RateLimitingOptions.EdgeSecret). It only lets a caller choose its rate-limit key, so it reaches both as a
        // CloudFormation dynamic reference resolved at deploy, not through the SDK at run time.
        EdgeSecret = new Secret(this, "EdgeSecret", new SecretProps
        {
            Description = "Shared by the page's CloudFront distribution (X-Origin-Verify) and the functions",
            GenerateSecretString = new SecretStringGenerator { ExcludePunctuation = true, PasswordLength = 48 },
            RemovalPolicy = RemovalPolicy.DESTROY,
        });
        Audience = new AudienceExports(this, "Audience", settings);
        ContentChanges = new EventQueue(this, "ContentChanges", Duration.Seconds(FunctionSpec.Embeddings.TimeoutSeconds));
        WebhookEvents = new EventQueue(this, "WebhookEvents", Duration.Seconds(FunctionSpec.Webhooks.TimeoutSeconds));

        var context = new ServiceFunctionContext(settings, LambdaWebAdapter.Layer(this, settings.Architecture, settings.WebAdapterLayerVersion), Network);
        Functions = new Dictionary<string, ServiceFunction>(StringComparer.Ordinal)
        {
            [FunctionSpec.Search.Name] = SearchFunction(context),
            [FunctionSpec.Intent.Name] = IntentFunction(context),
            [FunctionSpec.Embeddings.Name] = EmbeddingsFunction(context),
            [FunctionSpec.Recommendations.Name] = RecommendationsFunction(context),
            [FunctionSpec.Webhooks.Name] = WebhooksFunction(context),
            [FunctionSpec.Availability.Name] = AvailabilityFunction(context),
            [FunctionSpec.CatalogSync.Name] = CatalogSyncFunction(context),
        };

        Api = new PublicApi(this, "Http", settings, Functions);
        Page = new DiscoveryPageSite(this, "Page", settings, Api, EdgeSecret);
        Sweep = new AvailabilitySweepStateMachine(this, "AvailabilitySweep", settings, Functions[FunctionSpec.Availability.Name]);
        AddSchedules();
        Alarms = new OperationsAlarms(this, "Alarms", settings);
        Alarms.DeadLetters("ContentChanges", ContentChanges.DeadLetters);
        Alarms.DeadLetters("WebhookEvents", WebhookEvents.DeadLetters);
        Alarms.Api(Api);
        Alarms.Sweep(Sweep.StateMachine);
        AddOutputs();
    }

    public DeploymentSettings Settings { get; }

    public PrivateNetwork Network { get; }

    public DataTables Tables { get; }

    public Role SearchAdmin { get; }

    public SearchDomain Search { get; }

    public QueryCache Cache { get; }

    public PlatformSecrets Secrets { get; }

    public Secret EdgeSecret { get; }

    public AudienceExports Audience { get; }

    public DiscoveryPageSite Page { get; }

    public EventQueue ContentChanges { get; }

    public EventQueue WebhookEvents { get; }

    public IReadOnlyDictionary<string, ServiceFunction> Functions { get; }

    public PublicApi Api { get; }

    public AvailabilitySweepStateMachine Sweep { get; }

    public OperationsAlarms Alarms { get; }

    private ServiceFunction SearchFunction(ServiceFunctionContext context)
    {
        var function = new ServiceFunction(this, FunctionSpec.Search, context,
            Merge(Common(), Search.Environment(), Cache.Environment(), TitanEnvironment(), IntentEnvironment(), PlatformsEnvironment()));
        // Search verifies stale availability on demand and records what it learns.
        WriteAvailability(function);
        Secrets.PlatformCredentials.GrantRead(function.Function);
        Search.GrantHttp(function.Function, "Get", "Post", "Head");
        InvokeModels(function, [.. EmbeddingModels(), IntentModel]);
        return function;
    }

    private ServiceFunction IntentFunction(ServiceFunctionContext context)
    {
        var function = new ServiceFunction(this, FunctionSpec.Intent, context, Merge(Common(), IntentEnvironment()));
        ReadCatalog(function);
        InvokeModels(function, IntentModel);
        return function;
    }

    private ServiceFunction EmbeddingsFunction(ServiceFunctionContext context)
    {
        var function = new ServiceFunction(this, FunctionSpec.Embeddings, context, Merge(Common(), Search.Environment(), TitanEnvironment()));
        ReadCatalog(function);
        Search.GrantHttp(function.Function, "Get", "Post", "Put", "Delete", "Head");
        InvokeModels(function, EmbeddingModels());
        ContentChanges.Queue.GrantConsumeMessages(function.Function);
        function.Live.AddEventSource(new SqsEventSource(ContentChanges.Queue, new SqsEventSourceProps
        {
            BatchSize = 10,
            MaxBatchingWindow = Duration.Seconds(5),
            ReportBatchItemFailures = true,
        }));
        return function;
    }

    private ServiceFunction RecommendationsFunction(ServiceFunctionContext context)
    {
        var function = new ServiceFunction(this, FunctionSpec.Recommendations, context, Merge(Common(), Cache.Environment(), new Dictionary<string, string>
        {
            ["Recommendations__Audience"] = Audience.Location,
        }));
        ReadCatalog(function);
        Tables.Users.GrantReadWriteData(function.Function);
        Audience.GrantRead(function.Function);
        return function;
    }

    private ServiceFunction WebhooksFunction(ServiceFunctionContext context)
    {
        var environment = Merge(Common(), ContentChangesEnvironment(), new Dictionary<string, string>
        {
            ["Webhooks__Queue__QueueUrl"] = WebhookEvents.Queue.QueueUrl,
            ["Webhooks__Queue__Region"] = Aws.REGION,
        });
        foreach (var (platform, secret) in Secrets.WebhookSigning)
            environment[$"Webhooks__SecretArns__{platform}"] = secret.SecretArn;
        var function = new ServiceFunction(this, FunctionSpec.Webhooks, context, environment);
        WriteAvailability(function);
        foreach (var secret in Secrets.WebhookSigning.Values)
            secret.GrantRead(function.Function);
        WebhookEvents.Queue.GrantSendMessages(function.Function);
        WebhookEvents.Queue.GrantConsumeMessages(function.Function);
        function.Live.AddEventSource(new SqsEventSource(WebhookEvents.Queue, new SqsEventSourceProps
        {
            BatchSize = 10,
            ReportBatchItemFailures = true,
        }));
        return function;
    }

    private ServiceFunction AvailabilityFunction(ServiceFunctionContext context)
    {
        var function = new ServiceFunction(this, FunctionSpec.Availability, context, Merge(Common(), PlatformsEnvironment()));
        WriteAvailability(function);
        Secrets.PlatformCredentials.GrantRead(function.Function);
        return function;
    }

    private ServiceFunction CatalogSyncFunction(ServiceFunctionContext context)
    {
        var environment = Merge(Common(), ContentChangesEnvironment(), new Dictionary<string, string>
        {
            ["Platforms__CredentialsSecretArn"] = Secrets.PlatformCredentials.SecretArn,
        });
        foreach (var (platform, url) in Settings.CatalogFeeds)
            environment[$"CatalogSync__Feeds__{platform}"] = url;
        var function = new ServiceFunction(this, FunctionSpec.CatalogSync, context, environment);
        Tables.Titles.GrantReadWriteData(function.Function);
        Tables.Availability.GrantReadWriteData(function.Function);
        Tables.Metadata.GrantReadWriteData(function.Function);
        Secrets.PlatformCredentials.GrantRead(function.Function);
        return function;
    }

    private void AddSchedules()
    {
        var sync = new Rule(this, "CatalogSyncSchedule", new RuleProps
        {
            Description = "Runs the catalog sync (CatalogSync's events path takes the scheduled event)",
            Schedule = Schedule.Expression(Settings.CatalogSyncSchedule),
        });
        sync.AddTarget(new LambdaFunction(Functions[FunctionSpec.CatalogSync.Name].Live, new LambdaFunctionProps { RetryAttempts = 2 }));
        var sweep = new Rule(this, "AvailabilitySweepSchedule", new RuleProps
        {
            Description = "Starts the availability sweep state machine",
            Schedule = Schedule.Expression(Settings.AvailabilitySweepSchedule),
        });
        sweep.AddTarget(new SfnStateMachine(Sweep.StateMachine, new SfnStateMachineProps
        {
            Input = RuleTargetInput.FromObject(new Dictionary<string, object> { ["source"] = "schedule" }),
            RetryAttempts = 2,
        }));
    }

    private void AddOutputs()
    {
        _ = new CfnOutput(this, "ApiUrl", new CfnOutputProps { Value = Api.Url, Description = "The HTTP API's base URL" });
        _ = new CfnOutput(this, "PageUrl", new CfnOutputProps { Value = Page.Url, Description = "The discovery page (its API under /api/ on the same host)" });
        _ = new CfnOutput(this, "TitlesTableName", new CfnOutputProps { Value = Tables.Titles.TableName });
        _ = new CfnOutput(this, "AvailabilityTableName", new CfnOutputProps { Value = Tables.Availability.TableName });
        _ = new CfnOutput(this, "CatalogMetadataTableName", new CfnOutputProps { Value = Tables.Metadata.TableName });
        _ = new CfnOutput(this, "UsersTableName", new CfnOutputProps { Value = Tables.Users.TableName });
        _ = new CfnOutput(this, "AvailabilityChangesTableName", new CfnOutputProps { Value = Tables.AvailabilityChanges.TableName });
        _ = new CfnOutput(this, "SearchDomainEndpoint", new CfnOutputProps { Value = Search.Domain.DomainEndpoint });
        _ = new CfnOutput(this, "SearchAdminRoleArn", new CfnOutputProps { Value = SearchAdmin.RoleArn });
        _ = new CfnOutput(this, "AvailabilitySweepStateMachineArn", new CfnOutputProps { Value = Sweep.StateMachine.StateMachineArn });
        _ = new CfnOutput(this, "AudienceBucketName", new CfnOutputProps { Value = Audience.Bucket.BucketName, Description = "Upload an audience export (ratings.csv, movies.csv) under " + AudienceExports.Prefix });
        _ = new CfnOutput(this, "AlarmTopicArn", new CfnOutputProps { Value = Alarms.Topic.TopicArn });
    }

    private Dictionary<string, string> Common() => Merge(Tables.Environment(), new Dictionary<string, string>
    {
        ["Authentication__Jwt__Issuer"] = Settings.JwtIssuer,
        ["Authentication__Jwt__Audience"] = Settings.JwtAudience,
        ["Authentication__Jwt__JwksUrl"] = Settings.JwksUrl,
        // API Gateway appends the caller's address to X-Forwarded-For; the connection itself is the adapter's loopback.
        ["RateLimiting__TrustForwardedFor"] = "true",
        ["RateLimiting__EdgeSecret"] = EdgeSecret.SecretValue.UnsafeUnwrap(),
    });

    private static Dictionary<string, string> TitanEnvironment() => new()
    {
        ["Bedrock__Region"] = Aws.REGION,
        ["Bedrock__Model"] = TitanEmbeddingsModel,
        ["Bedrock__Dimensions"] = "1024",
    };

    private static Dictionary<string, string> IntentEnvironment() => new()
    {
        ["Intent__Extractor"] = "bedrock",
        ["Intent__Bedrock__ModelId"] = IntentModel,
        ["Intent__Bedrock__Region"] = Aws.REGION,
    };

    // The platform adapters (Availability:Platforms:<platform>:BaseUrl) and where their API keys are kept; recording
    // what they find publishes content changes.
    private Dictionary<string, string> PlatformsEnvironment()
    {
        var environment = Merge(ContentChangesEnvironment(), new Dictionary<string, string>
        {
            ["Platforms__CredentialsSecretArn"] = Secrets.PlatformCredentials.SecretArn,
        });
        foreach (var (platform, url) in Settings.PlatformApis)
            environment[$"Availability__Platforms__{platform}__BaseUrl"] = url;
        return environment;
    }

    private Dictionary<string, string> ContentChangesEnvironment() => new()
    {
        ["ContentChanges__Sqs__QueueUrl"] = ContentChanges.Queue.QueueUrl,
        ["ContentChanges__Sqs__Region"] = Aws.REGION,
    };

    private void ReadCatalog(ServiceFunction function)
    {
        Tables.Titles.GrantReadData(function.Function);
        Tables.Availability.GrantReadData(function.Function);
        Tables.Metadata.GrantReadData(function.Function);
    }

    // Recording availability writes the catalog's availability, the change log and watchlist notifications, and
    // publishes the change.
    private void WriteAvailability(ServiceFunction function)
    {
        Tables.Titles.GrantReadWriteData(function.Function);
        Tables.Availability.GrantReadWriteData(function.Function);
        Tables.Metadata.GrantReadData(function.Function);
        Tables.AvailabilityChanges.GrantReadWriteData(function.Function);
        Tables.Users.GrantReadWriteData(function.Function);
        ContentChanges.Queue.GrantSendMessages(function.Function);
    }

    /// <summary>The Bedrock models that embed: Titan, or none when the functions run the encoder themselves.</summary>
    private string[] EmbeddingModels() => Settings.EmbeddingModel == "bedrock-titan" ? [TitanEmbeddingsModel] : [];

    private static void InvokeModels(ServiceFunction function, params string[] models)
    {
        if (models.Length == 0)
            return;
        function.Function.AddToRolePolicy(new PolicyStatement(new PolicyStatementProps
        {
            Actions = ["bedrock:InvokeModel"],
            Resources = models.Select(m => $"arn:{Aws.PARTITION}:bedrock:{Aws.REGION}::foundation-model/{m}").ToArray(),
        }));
    }

    private static Dictionary<string, string> Merge(params Dictionary<string, string>[] parts)
    {
        var merged = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            foreach (var (key, value) in part)
                merged[key] = value;
        }
        return merged;
    }
}
