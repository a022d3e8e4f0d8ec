using Amazon.CDK;
using Amazon.CDK.AWS.CloudWatch;
using Amazon.CDK.AWS.CloudWatch.Actions;
using Amazon.CDK.AWS.SNS;
using Amazon.CDK.AWS.SNS.Subscriptions;
using Amazon.CDK.AWS.SQS;
using Amazon.CDK.AWS.StepFunctions;
using Constructs;

namespace MediaDiscovery.Cdk;

/// <summary>
/// What pages someone, through one SNS topic: a message parked in any dead-letter queue, the API's 5xx rate above
/// 1 %, its p95 latency above 2 s, and any failed, timed-out or aborted sweep.
/// </summary>
public sealed class OperationsAlarms : Construct
{
    public OperationsAlarms(Construct scope, string id, DeploymentSettings settings) : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Topic = new Topic(this, "Topic", new TopicProps { DisplayName = $"MediaDiscovery {settings.Stage} alarms", EnforceSSL = true });
        if (settings.AlarmEmail is { } email)
            Topic.AddSubscription(new EmailSubscription(email));
    }

    public Topic Topic { get; }

    public void DeadLetters(string name, IQueue queue)
    {
        ArgumentNullException.ThrowIfNull(queue);
        Add(name + "DeadLetters", queue.MetricApproximateNumberOfMessagesVisible(new MetricOptions { Period = Duration.Minutes(5), Statistic = "Maximum" }),
            threshold: 0, $"A {name} message failed {EventQueue.MaxReceiveCount} times and is parked in its dead-letter queue.");
    }

    public void Api(PublicApi api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var period = Duration.Minutes(5);
        var serverErrorRate = new MathExpression(new MathExpressionProps
        {
            Expression = "IF(requests > 0, 100 * errors / requests, 0)",
            UsingMetrics = new Dictionary<string, IMetric>
            {
                ["errors"] = api.Api.MetricServerError(new MetricOptions { Period = period, Statistic = "Sum" }),
                ["requests"] = api.Api.MetricCount(new MetricOptions { Period = period, Statistic = "Sum" }),
            },
            Period = period,
            Label = "5xx %",
        });
        Add("Api5xxRate", serverErrorRate, threshold: 1, "More than 1 % of API requests answered 5xx over 5 minutes.");
        Add("ApiLatencyP95", api.Api.MetricLatency(new MetricOptions { Period = period, Statistic = "p95" }),
            threshold: 2000, "The API's p95 latency was above 2 s over 5 minutes.", evaluationPeriods: 3);
    }

    public void Sweep(IStateMachine stateMachine)
    {
        ArgumentNullException.ThrowIfNull(stateMachine);
        var period = Duration.Minutes(5);
        var failures = new MathExpression(new MathExpressionProps
        {
            Expression = "failed + timedOut + aborted",
            UsingMetrics = new Dictionary<string, IMetric>
            {
                ["failed"] = stateMachine.MetricFailed(new MetricOptions { Period = period, Statistic = "Sum" }),
                ["timedOut"] = stateMachine.MetricTimedOut(new MetricOptions { Period = period, Statistic = "Sum" }),
                ["aborted"] = stateMachine.MetricAborted(new MetricOptions { Period = period, Statistic = "Sum" }),
            },
            Period = period,
            Label = "sweeps not completed",
        });
        Add("SweepFailures", failures, threshold: 0, "An availability sweep failed, timed out or was aborted.");
    }

    private void Add(string id, IMetric metric, double threshold, string description, int evaluationPeriods = 1)
    {
        var alarm = new Alarm(this, id, new AlarmProps
        {
            Metric = metric,
            Threshold = threshold,
            ComparisonOperator = ComparisonOperator.GREATER_THAN_THRESHOLD,
            EvaluationPeriods = evaluationPeriods,
            TreatMissingData = TreatMissingData.NOT_BREACHING,
            AlarmDescription = description,
        });
        alarm.AddAlarmAction(new SnsAction(Topic));
        alarm.AddOkAction(new SnsAction(Topic));
    }
}
