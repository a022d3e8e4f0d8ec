using Amazon.CDK;
using Amazon.CDK.AWS.EC2;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.Logs;
using Constructs;

namespace MediaDiscovery.Cdk;

/// <summary>
/// One function project as a Lambda behind the Lambda Web Adapter: its Native AOT executable on provided.al2023, or its
/// ReadyToRun assemblies on the managed dotnet10 runtime (<see cref="FunctionPublishFormat"/>), JSON logs into a log group with retention, X-Ray tracing, and a <c>live</c> alias on the current
/// version that every trigger targets (so a rollback is moving the alias back).
/// </summary>
public sealed class ServiceFunction : Construct
{
    /// <summary>The managed .NET 10 runtime; Amazon.CDK.Lib 2.160.0 predates its constant.</summary>
    public static readonly Runtime DotNet10 = new("dotnet10", RuntimeFamily.DOTNET_CORE);

    public ServiceFunction(Construct scope, FunctionSpec spec, ServiceFunctionContext context, IDictionary<string, string> environment)
        : base(scope, (spec ?? throw new ArgumentNullException(nameof(spec))).Name + "Function")
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(context);
        Spec = spec;
        var settings = context.Settings;
        var logs = new LogGroup(this, "Logs", new LogGroupProps
        {
            Retention = settings.IsProduction ? RetentionDays.THREE_MONTHS : RetentionDays.ONE_WEEK,
            RemovalPolicy = settings.IsProduction ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
        });
        var format = settings.FormatOf(spec);
        var variables = LambdaWebAdapter.Environment(format);
        foreach (var (key, value) in environment)
            variables[key] = value;
        Function = new Function(this, "Lambda", new FunctionProps
        {
            Description = $"MediaDiscovery {spec.Name} ({settings.Stage.ToString().ToLowerInvariant()})",
            Runtime = format.IsNative ? Runtime.PROVIDED_AL2023 : DotNet10,
            Architecture = settings.Architecture,
            Handler = format.Handler(spec),
            Code = FunctionAssets.CodeFor(settings, spec),
            MemorySize = spec.MemoryMb,
            Timeout = Duration.Seconds(spec.TimeoutSeconds),
            Layers = [context.WebAdapterLayer],
            Environment = variables,
            LoggingFormat = LoggingFormat.JSON,
            LogGroup = logs,
            Tracing = Tracing.ACTIVE,
            ReservedConcurrentExecutions = settings.IsProduction ? spec.ReservedConcurrency : null,
            Vpc = spec.InVpc ? context.Network.Vpc : null,
            VpcSubnets = spec.InVpc ? new SubnetSelection { SubnetType = SubnetType.PRIVATE_WITH_EGRESS } : null,
            SecurityGroups = spec.InVpc ? [context.Network.FunctionsSecurityGroup] : null,
        });
        Live = new Alias(this, "Live", new AliasProps
        {
            AliasName = "live",
            Version = Function.CurrentVersion,
            ProvisionedConcurrentExecutions = settings.IsProduction ? spec.ProvisionedConcurrency : null,
        });
    }

    public FunctionSpec Spec { get; }

    public Function Function { get; }

    /// <summary>What API routes, queues, schedules and the state machine invoke.</summary>
    public Alias Live { get; }

    public IRole Role => Function.Role!;
}
