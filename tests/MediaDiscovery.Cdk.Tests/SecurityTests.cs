using System.Text.Json.Nodes;

namespace MediaDiscovery.Cdk.Tests;

[Collection(StacksCollection.Name)]
public sealed class SecurityTests(Stacks stacks)
{
    /// <summary>Services holding the platform's data: their permissions must name resources.</summary>
    private static readonly string[] DataServices = ["dynamodb:", "sqs:", "secretsmanager:", "es:", "bedrock:", "lambda:", "states:", "kms:"];

    [Fact]
    public void No_function_may_do_everything_or_touch_data_it_is_not_named_for()
    {
        foreach (var stack in stacks.Both)
        {
            foreach (var function in stack.Stack.Functions.Values)
            {
                foreach (var statement in StatementsOf(stack, stack.LogicalId(function.Role)))
                {
                    var actions = Actions(statement);
                    Assert.DoesNotContain(actions, a => a == "*" || a.EndsWith(":*", StringComparison.Ordinal));
                    if (actions.Any(a => DataServices.Any(s => a.StartsWith(s, StringComparison.Ordinal))))
                        Assert.DoesNotContain(Resources(statement), r => r == "\"*\"");
                }
            }
        }
    }

    [Fact]
    public void Each_function_reaches_exactly_the_tables_it_needs()
    {
        var stack = stacks.Dev;
        var tables = stack.Stack.Tables;
        string Id(Amazon.CDK.AWS.DynamoDB.Table t) => stack.LogicalId(t);
        AssertTables("Search", read: [Id(tables.Metadata)], write: [Id(tables.Titles), Id(tables.Availability), Id(tables.AvailabilityChanges), Id(tables.Users)]);
        AssertTables("Intent", read: [Id(tables.Titles), Id(tables.Availability), Id(tables.Metadata)], write: []);
        AssertTables("Recommendations", read: [Id(tables.Titles), Id(tables.Availability), Id(tables.Metadata)], write: [Id(tables.Users)]);
        AssertTables("CatalogSync", read: [], write: [Id(tables.Titles), Id(tables.Availability), Id(tables.Metadata)]);
        AssertTables("Webhooks", read: [Id(tables.Metadata)], write: [Id(tables.Titles), Id(tables.Availability), Id(tables.AvailabilityChanges), Id(tables.Users)]);

        void AssertTables(string function, string[] read, string[] write)
        {
            var statements = StatementsOf(stack, stack.LogicalId(stack.Stack.Functions[function].Role))
                .Where(s => Actions(s).Any(a => a.StartsWith("dynamodb:", StringComparison.Ordinal))).ToList();
            var writable = statements.Where(s => Actions(s).Contains("dynamodb:PutItem")).SelectMany(TablesOf).ToHashSet();
            var readable = statements.Where(s => Actions(s).Contains("dynamodb:GetItem")).SelectMany(TablesOf).ToHashSet();
            Assert.Equal(write.Order(), writable.Order());
            Assert.Equal(read.Concat(write).Order(), readable.Order());
        }

        IEnumerable<string> TablesOf(JsonObject statement) =>
            stack.OfType("AWS::DynamoDB::Table").Select(t => t.Id).Where(id => statement["Resource"]!.ToJsonString().Contains(id, StringComparison.Ordinal));
    }

    [Fact]
    public void Only_recommendations_reads_the_audience_exports_and_only_under_their_prefix()
    {
        foreach (var stack in stacks.Both)
        {
            var bucketId = stack.LogicalId(stack.Stack.Audience.Bucket);
            var bucket = stack.Properties(bucketId);
            var block = bucket["PublicAccessBlockConfiguration"]!.AsObject();
            Assert.All(new[] { "BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets" }, k => Assert.True((bool)block[k]!));
            Assert.Equal("Enabled", (string?)bucket["VersioningConfiguration"]!["Status"]);
            Assert.NotNull(bucket["BucketEncryption"]);
            Assert.Equal(stack.Stack.Settings.IsProduction ? "Retain" : "Delete", (string?)stack.Resources[bucketId]!["DeletionPolicy"]);

            foreach (var (name, function) in stack.Stack.Functions)
            {
                var reads = StatementsOf(stack, stack.LogicalId(function.Role))
                    .Where(s => Actions(s).Contains("s3:GetObject*") && s["Resource"]!.ToJsonString().Contains(bucketId, StringComparison.Ordinal)).ToList();
                if (name != "Recommendations")
                {
                    Assert.Empty(reads);
                    continue;
                }
                var read = Assert.Single(reads);
                Assert.DoesNotContain(Actions(read), a => a.StartsWith("s3:Put", StringComparison.Ordinal) || a.StartsWith("s3:Delete", StringComparison.Ordinal));
                Assert.Contains("/audience/*", read["Resource"]!.ToJsonString(), StringComparison.Ordinal);
            }
            var variables = stack.Properties(stack.LogicalId(stack.Stack.Functions["Recommendations"].Function))["Environment"]!["Variables"]!.AsObject();
            Assert.Contains(bucketId, variables["Recommendations__Audience"]!.ToJsonString(), StringComparison.Ordinal);
            Assert.StartsWith("{\"Fn::Join\":[\"\",[\"s3://\"", variables["Recommendations__Audience"]!.ToJsonString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void OpenSearch_access_is_per_verb_on_the_domain_only_and_search_cannot_write()
    {
        var stack = stacks.Dev;
        var domain = stack.LogicalId(stack.Stack.Search.Domain);
        var search = StatementsOf(stack, stack.LogicalId(stack.Stack.Functions["Search"].Role)).Single(s => Actions(s).Any(a => a.StartsWith("es:", StringComparison.Ordinal)));
        Assert.Equal(["es:ESHttpGet", "es:ESHttpHead", "es:ESHttpPost"], Actions(search).Order());
        Assert.All(Resources(search), r => Assert.Contains(domain, r, StringComparison.Ordinal));
        Assert.DoesNotContain(StatementsOf(stack, stack.LogicalId(stack.Stack.Functions["Intent"].Role)), s => Actions(s).Any(a => a.StartsWith("es:", StringComparison.Ordinal)));
    }

    [Fact]
    public void Only_the_Webhooks_function_reads_the_webhook_secrets()
    {
        var stack = stacks.Dev;
        var secrets = stack.Stack.Secrets.WebhookSigning.Values.Select(s => stack.LogicalId(s)).ToList();
        foreach (var function in stack.Stack.Functions.Values)
        {
            var readsSecrets = StatementsOf(stack, stack.LogicalId(function.Role))
                .Where(s => Actions(s).Contains("secretsmanager:GetSecretValue"))
                .Any(s => secrets.Any(id => s["Resource"]!.ToJsonString().Contains(id, StringComparison.Ordinal)));
            Assert.Equal(function.Spec.Name == "Webhooks", readsSecrets);
        }
    }

    internal static List<JsonObject> StatementsOf(SynthesizedStack stack, string roleId) =>
        stack.OfType("AWS::IAM::Policy")
            .Where(p => p.Properties["Roles"]!.AsArray().Any(r => (string?)r!["Ref"] == roleId))
            .SelectMany(p => p.Properties["PolicyDocument"]!["Statement"]!.AsArray().Select(s => s!.AsObject()))
            .ToList();

    internal static List<string> Actions(JsonObject statement) => statement["Action"] switch
    {
        JsonArray many => many.Select(a => (string)a!).ToList(),
        JsonNode one => [(string)one!],
        null => [],
    };

    private static List<string> Resources(JsonObject statement) => statement["Resource"] switch
    {
        JsonArray many => many.Select(r => r!.ToJsonString()).ToList(),
        JsonNode one => [one.ToJsonString()],
        null => [],
    };
}
