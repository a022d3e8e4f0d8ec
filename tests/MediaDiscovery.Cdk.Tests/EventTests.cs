using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace MediaDiscovery.Cdk.Tests;

[Collection(StacksCollection.Name)]
public sealed partial class EventTests(Stacks stacks)
{
    [Fact]
    public void Both_queues_redrive_to_their_dead_letter_queue_after_five_receives()
    {
        var stack = stacks.Dev;
        Assert.Equal(4, stack.OfType("AWS::SQS::Queue").Count);
        foreach (var queue in new[] { stack.Stack.ContentChanges, stack.Stack.WebhookEvents })
        {
            var properties = stack.Properties(stack.LogicalId(queue.Queue));
            var redrive = properties["RedrivePolicy"]!;
            Assert.Equal(5, (int)redrive["maxReceiveCount"]!);
            Assert.Contains(stack.LogicalId(queue.DeadLetters), redrive["deadLetterTargetArn"]!.ToJsonString(), StringComparison.Ordinal);
            Assert.NotNull(properties["SqsManagedSseEnabled"]);
        }
        var visibility = (int)stack.Properties(stack.LogicalId(stack.Stack.ContentChanges.Queue))["VisibilityTimeout"]!;
        Assert.Equal(6 * FunctionSpec.Embeddings.TimeoutSeconds, visibility);
    }

    [Fact]
    public void Queue_consumers_report_partial_batch_failures()
    {
        var stack = stacks.Dev;
        var mappings = stack.OfType("AWS::Lambda::EventSourceMapping");
        Assert.Equal(2, mappings.Count);
        foreach (var (queue, function) in new[] { (stack.Stack.ContentChanges, "Embeddings"), (stack.Stack.WebhookEvents, "Webhooks") })
        {
            var mapping = Assert.Single(mappings, m => m.Properties["EventSourceArn"]!.ToJsonString().Contains(stack.LogicalId(queue.Queue), StringComparison.Ordinal)).Properties;
            Assert.Equal(["ReportBatchItemFailures"], mapping["FunctionResponseTypes"]!.AsArray().Select(t => (string)t!));
            // The alias, by the function name and qualifier taken from its ARN.
            Assert.Contains(stack.LogicalId(stack.Stack.Functions[function].Live), mapping["FunctionName"]!.ToJsonString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_state_machine_is_the_ASL_file_with_every_task_placeholder_bound_to_the_Availability_function()
    {
        var stack = stacks.Dev;
        var asl = File.ReadAllText(RepositoryFiles.Find(RepositoryFiles.AvailabilitySweepDefinition));
        var machine = Assert.Single(stack.OfType("AWS::StepFunctions::StateMachine")).Properties;
        Assert.Equal(asl, (string?)machine["DefinitionString"]);

        var placeholders = Placeholder().Matches(asl).Select(m => m.Groups[1].Value).Distinct().Order().ToList();
        Assert.NotEmpty(placeholders);
        Assert.Contains("PlanSweepFunctionArn", placeholders);
        var substitutions = machine["DefinitionSubstitutions"]!.AsObject();
        Assert.Equal(placeholders, substitutions.Select(s => s.Key).Order());
        var alias = SynthesizedStack.Ref(stack.LogicalId(stack.Stack.Functions["Availability"].Live));
        Assert.All(substitutions, s => Assert.Equal(alias, s.Value!.ToJsonString()));

        // With the substitution done as CloudFormation does it, the definition is the file's JSON with Lambda ARNs.
        var substituted = Placeholder().Replace(asl, "arn:aws:lambda:eu-west-1:111122223333:function:availability:live");
        var definition = JsonNode.Parse(substituted)!;
        Assert.Equal("arn:aws:lambda:eu-west-1:111122223333:function:availability:live", (string?)definition["States"]!["PlanSweep"]!["Resource"]);
        Assert.DoesNotContain("${", substituted, StringComparison.Ordinal);

        Assert.True((bool)machine["TracingConfiguration"]!["Enabled"]!);
        Assert.Equal("ERROR", (string?)machine["LoggingConfiguration"]!["Level"]);
    }

    [Fact]
    public void The_state_machine_may_invoke_the_Availability_function_and_nothing_else()
    {
        var stack = stacks.Dev;
        var role = stack.LogicalId(stack.Stack.Sweep.StateMachine.Role);
        var statements = SecurityTests.StatementsOf(stack, role);
        var invoke = Assert.Single(statements, s => SecurityTests.Actions(s).Contains("lambda:InvokeFunction"));
        var resources = invoke["Resource"]!.ToJsonString();
        Assert.Contains(stack.LogicalId(stack.Stack.Functions["Availability"].Live), resources, StringComparison.Ordinal);
        Assert.DoesNotContain("\"*\"", resources, StringComparison.Ordinal);
    }

    [Fact]
    public void Schedules_run_the_catalog_sync_and_the_sweep_at_the_context_rates()
    {
        var stack = stacks.Dev;
        var rules = stack.OfType("AWS::Events::Rule");
        Assert.Equal(2, rules.Count);
        var sync = Assert.Single(rules, r => (string?)r.Properties["ScheduleExpression"] == "rate(3 hours)").Properties;
        Assert.Equal(SynthesizedStack.Ref(stack.LogicalId(stack.Stack.Functions["CatalogSync"].Live)), sync["Targets"]![0]!["Arn"]!.ToJsonString());
        var sweep = Assert.Single(rules, r => (string?)r.Properties["ScheduleExpression"] == "rate(45 minutes)").Properties;
        Assert.Equal(SynthesizedStack.Ref(stack.LogicalId(stack.Stack.Sweep.StateMachine)), sweep["Targets"]![0]!["Arn"]!.ToJsonString());
    }

    [Fact]
    public void Alarms_watch_dead_letters_5xx_rate_p95_latency_and_sweep_failures_and_notify_the_topic()
    {
        var stack = stacks.Dev;
        var alarms = stack.OfType("AWS::CloudWatch::Alarm");
        Assert.Equal(5, alarms.Count);
        var topic = SynthesizedStack.Ref(stack.LogicalId(stack.Stack.Alarms.Topic));
        Assert.All(alarms, a => Assert.Equal(topic, a.Properties["AlarmActions"]![0]!.ToJsonString()));

        foreach (var queue in new[] { stack.Stack.ContentChanges, stack.Stack.WebhookEvents })
        {
            Assert.Single(alarms, a => (string?)a.Properties["MetricName"] == "ApproximateNumberOfMessagesVisible"
                && a.Properties["Dimensions"]!.ToJsonString().Contains(stack.LogicalId(queue.DeadLetters), StringComparison.Ordinal)
                && (double)a.Properties["Threshold"]! == 0);
        }
        var latency = Assert.Single(alarms, a => (string?)a.Properties["MetricName"] == "Latency").Properties;
        Assert.Equal("p95", (string?)latency["ExtendedStatistic"]);
        Assert.Single(alarms, a => a.Properties["Metrics"]?.ToJsonString().Contains("5xx", StringComparison.Ordinal) == true && (double)a.Properties["Threshold"]! == 1);
        Assert.Single(alarms, a => a.Properties["Metrics"]?.ToJsonString().Contains("ExecutionsFailed", StringComparison.Ordinal) == true);
    }

    [GeneratedRegex(@"\$\{([A-Za-z0-9]+FunctionArn)\}")]
    private static partial Regex Placeholder();
}
