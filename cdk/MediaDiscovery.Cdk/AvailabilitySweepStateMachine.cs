using Amazon.CDK;
using Amazon.CDK.AWS.Logs;
using Amazon.CDK.AWS.StepFunctions;
using Constructs;

namespace MediaDiscovery.Cdk;

/// <summary>
/// The availability sweep: statemachines/availability-sweep.asl.json inline (FromString: FromFile would upload an S3
/// asset) with its <c>${XxxFunctionArn}</c> task placeholders substituted by the Availability function's live alias,
/// which serves every sweep task on its events path. Logged and traced.
/// </summary>
public sealed class AvailabilitySweepStateMachine : Construct
{
    /// <summary>The placeholders of the ASL file, each a task the Availability function answers.</summary>
    public static readonly IReadOnlyList<string> TaskPlaceholders =
        ["PlanSweepFunctionArn", "CheckBatchFunctionArn", "ApplyChangesFunctionArn", "PublishEventsFunctionArn"];

    public AvailabilitySweepStateMachine(Construct scope, string id, DeploymentSettings settings, ServiceFunction availability) : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(availability);
        var logs = new LogGroup(this, "Logs", new LogGroupProps
        {
            Retention = settings.IsProduction ? RetentionDays.THREE_MONTHS : RetentionDays.ONE_WEEK,
            RemovalPolicy = settings.IsProduction ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
        });
        StateMachine = new StateMachine(this, "StateMachine", new StateMachineProps
        {
            DefinitionBody = DefinitionBody.FromString(File.ReadAllText(RepositoryFiles.Find(RepositoryFiles.AvailabilitySweepDefinition))),
            DefinitionSubstitutions = TaskPlaceholders.ToDictionary(p => p, _ => availability.Live.FunctionArn, StringComparer.Ordinal),
            StateMachineType = StateMachineType.STANDARD,
            Timeout = Duration.Hours(2),
            TracingEnabled = true,
            Logs = new LogOptions { Destination = logs, Level = LogLevel.ERROR, IncludeExecutionData = false },
        });
        availability.Live.GrantInvoke(StateMachine);
    }

    public StateMachine StateMachine { get; }
}
