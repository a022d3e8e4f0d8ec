using System.Text.RegularExpressions;
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
public sealed partial class AvailabilitySweepStateMachine : Construct
{
    public AvailabilitySweepStateMachine(Construct scope, string id, DeploymentSettings settings, ServiceFunction availability) : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(availability);
        var logs = new LogGroup(this, "Logs", new LogGroupProps
        {
            Retention = settings.IsProduction ? RetentionDays.THREE_MONTHS : RetentionDays.ONE_WEEK,
            RemovalPolicy = settings.IsProduction ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
        });
        var definition = File.ReadAllText(RepositoryFiles.Find(RepositoryFiles.AvailabilitySweepDefinition));
        StateMachine = new StateMachine(this, "StateMachine", new StateMachineProps
        {
            DefinitionBody = DefinitionBody.FromString(definition),
            DefinitionSubstitutions = TaskPlaceholders(definition).ToDictionary(p => p, _ => availability.Live.FunctionArn, StringComparer.Ordinal),
            StateMachineType = StateMachineType.STANDARD,
            Timeout = Duration.Hours(2),
            TracingEnabled = true,
            Logs = new LogOptions { Destination = logs, Level = LogLevel.ERROR, IncludeExecutionData = false },
        });
        availability.Live.GrantInvoke(StateMachine);
    }

    public StateMachine StateMachine { get; }

    /// <summary>The file's <c>${XxxFunctionArn}</c> placeholders: each is a task the Availability function answers.</summary>
    public static IReadOnlyList<string> TaskPlaceholders(string definition) =>
        Placeholder().Matches(definition).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();

    [GeneratedRegex(@"\$\{([A-Za-z0-9]+FunctionArn)\}")]
    private static partial Regex Placeholder();
}
