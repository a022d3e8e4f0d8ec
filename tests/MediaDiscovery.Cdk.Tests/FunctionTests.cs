using System.Text.Json.Nodes;

namespace MediaDiscovery.Cdk.Tests;

[Collection(StacksCollection.Name)]
public sealed class FunctionTests(Stacks stacks)
{
    private static readonly string[] ExpectedFunctions = ["Search", "Intent", "Embeddings", "Recommendations", "Webhooks", "Availability", "CatalogSync"];

    [Fact]
    public void Seven_functions_run_in_their_measured_format()
    {
        Assert.Equal(ExpectedFunctions, FunctionSpec.All.Select(s => s.Name));
        foreach (var spec in FunctionSpec.All)
        {
            var properties = Function(stacks.Dev, spec);
            if (spec.MeasuredFormat.IsNative)
            {
                Assert.Equal("provided.al2023", (string?)properties["Runtime"]);
                Assert.Equal("bootstrap", (string?)properties["Handler"]);
                Assert.Null(properties["Environment"]!["Variables"]!["AWS_LAMBDA_EXEC_WRAPPER"]);
            }
            else
            {
                Assert.Equal("dotnet10", (string?)properties["Runtime"]);
                Assert.Equal(spec.AssemblyName, (string?)properties["Handler"]);
            }
        }
        // Native AOT measured faster for every function, and each works under it (ADR 0014).
        Assert.All(FunctionSpec.All, s => Assert.Same(FunctionPublishFormat.NativeAot, s.MeasuredFormat));
    }

    /// <summary>
    /// The peak resident memory each function reached doing its work (Native AOT, docs/deploy.md:
    /// tests/MediaDiscovery.Benchmarks/scripts/function-memory.sh, the highest of three runs); Lambda counts memory in MiB.
    /// </summary>
    [Theory]
    [InlineData("Search", 297)]
    [InlineData("Intent", 55)]
    [InlineData("Embeddings", 304)]
    [InlineData("Recommendations", 218)]
    [InlineData("Webhooks", 53)]
    [InlineData("Availability", 53)]
    [InlineData("CatalogSync", 276)]
    public void Memory_is_at_least_twice_the_measured_peak_and_512_MB(string name, int peakMiB)
    {
        var spec = FunctionSpec.All.Single(s => s.Name == name);

        Assert.True(spec.MemoryMb >= 2 * peakMiB, $"{name}: {spec.MemoryMb} MB for a {peakMiB} MiB peak");
        Assert.True(spec.MemoryMb >= 512, $"{name}: {spec.MemoryMb} MB");
        Assert.Equal(0, spec.MemoryMb % 128);
    }

    [Fact]
    public void ReadyToRun_when_asked_runs_on_the_managed_dotnet10_runtime_with_the_assembly_as_handler()
    {
        foreach (var spec in FunctionSpec.All)
        {
            var properties = Function(stacks.ReadyToRun, spec);
            Assert.Equal("dotnet10", (string?)properties["Runtime"]);
            Assert.Equal(spec.AssemblyName, (string?)properties["Handler"]);
            Assert.Equal("/opt/bootstrap", (string?)properties["Environment"]!["Variables"]!["AWS_LAMBDA_EXEC_WRAPPER"]);
        }
    }

    [Theory]
    [InlineData("dev", "x86_64", "LambdaAdapterLayerX86")]
    [InlineData("prod", "arm64", "LambdaAdapterLayerArm64")]
    public void Functions_use_the_architecture_from_context_and_its_Web_Adapter_layer(string stage, string architecture, string layer)
    {
        var stack = stage == "dev" ? stacks.Dev : stacks.Prod;
        foreach (var spec in FunctionSpec.All)
        {
            var properties = Function(stack, spec);
            Assert.Equal([architecture], properties["Architectures"]!.AsArray().Select(a => (string)a!));
            var layers = properties["Layers"]!.AsArray();
            Assert.Single(layers);
            var arn = layers[0]!.ToJsonString();
            Assert.Contains($":753240598075:layer:{layer}:26", arn, StringComparison.Ordinal);
            Assert.Contains("AWS::Region", arn, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_function_has_the_Web_Adapter_environment_json_logs_tracing_and_a_retained_log_group()
    {
        foreach (var spec in FunctionSpec.All)
        {
            var properties = Function(stacks.Dev, spec);
            var variables = properties["Environment"]!["Variables"]!.AsObject();
            Assert.Equal("8080", (string?)variables["AWS_LWA_PORT"]);
            Assert.Equal("/health", (string?)variables["AWS_LWA_READINESS_CHECK_PATH"]);
            Assert.Equal("/events", (string?)variables["AWS_LWA_PASS_THROUGH_PATH"]);
            Assert.Equal("http://127.0.0.1:8080", (string?)variables["ASPNETCORE_URLS"]);
            Assert.Equal("dynamodb", (string?)variables["Storage__Backend"]);
            Assert.Equal("JSON", (string?)properties["LoggingConfig"]!["LogFormat"]);
            Assert.Equal("Active", (string?)properties["TracingConfig"]!["Mode"]);
            var logGroup = (string)properties["LoggingConfig"]!["LogGroup"]!["Ref"]!;
            Assert.Equal(7, (int)stacks.Dev.Properties(logGroup)["RetentionInDays"]!);
            Assert.Equal(spec.MemoryMb, (int)properties["MemorySize"]!);
            Assert.Equal(spec.TimeoutSeconds, (int)properties["Timeout"]!);
        }
    }

    [Fact]
    public void Functions_get_the_configuration_keys_their_code_reads()
    {
        var search = Variables(stacks.Dev, FunctionSpec.Search);
        Assert.Equal("opensearch", (string?)search["Search__Backend"]);
        Assert.Equal("redis", (string?)search["Cache__Backend"]);
        Assert.Contains("Endpoint.Address", search["Cache__Redis__Configuration"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(",ssl=true", search["Cache__Redis__Configuration"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("DomainEndpoint", search["OpenSearch__Endpoint"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("bedrock", (string?)search["Intent__Extractor"]);
        Assert.Equal("amazon.titan-embed-text-v2:0", (string?)search["Bedrock__Model"]);
        Assert.Equal(SynthesizedStack.Issuer, (string?)search["Authentication__Jwt__Issuer"]);
        Assert.Equal(SynthesizedStack.Audience, (string?)search["Authentication__Jwt__Audience"]);
        Assert.Equal(SynthesizedStack.Issuer + "/.well-known/jwks.json", (string?)search["Authentication__Jwt__JwksUrl"]);

        var tables = stacks.Dev.Stack.Tables;
        Assert.Equal(SynthesizedStack.Ref(stacks.Dev.LogicalId(tables.Titles)), search["Storage__DynamoDb__TitlesTable"]!.ToJsonString());
        Assert.Equal(SynthesizedStack.Ref(stacks.Dev.LogicalId(tables.Availability)), search["Storage__DynamoDb__AvailabilityTable"]!.ToJsonString());
        Assert.Equal(SynthesizedStack.Ref(stacks.Dev.LogicalId(tables.Metadata)), search["Storage__DynamoDb__MetadataTable"]!.ToJsonString());

        var webhooks = Variables(stacks.Dev, FunctionSpec.Webhooks);
        foreach (var platform in PlatformSecrets.Platforms)
            Assert.Equal(SynthesizedStack.Ref(stacks.Dev.LogicalId(stacks.Dev.Stack.Secrets.WebhookSigning[platform])), webhooks[$"Webhooks__SecretArns__{platform}"]!.ToJsonString());
        // Secret values never travel in the function configuration.
        Assert.DoesNotContain(webhooks, v => v.Key.StartsWith("Webhooks__Secrets__", StringComparison.Ordinal));
        Assert.Equal(SynthesizedStack.Ref(stacks.Dev.LogicalId(stacks.Dev.Stack.ContentChanges.Queue)), Variables(stacks.Dev, FunctionSpec.CatalogSync)["ContentChanges__Sqs__QueueUrl"]!.ToJsonString());
    }

    [Fact]
    public void Search_and_Embeddings_share_one_embedding_model_and_an_index_of_its_size()
    {
        foreach (var (stack, model, dimensions, index) in new[]
        {
            (stacks.Dev, "bedrock-titan", "1024", "titles"),
            (stacks.WithEncoder, "arctic-embed-xs", "384", "titles-arctic-embed-xs"),
        })
        {
            foreach (var spec in new[] { FunctionSpec.Search, FunctionSpec.Embeddings })
            {
                var variables = Variables(stack, spec);
                Assert.Equal(model, (string?)variables["Embeddings__Model"]);
                Assert.Equal(dimensions, (string?)variables["OpenSearch__Dimensions"]);
                Assert.Equal(index, (string?)variables["OpenSearch__IndexName"]);
            }
        }
        // Running the encoder itself, the Embeddings function is not allowed to call Titan.
        var role = stacks.WithEncoder.LogicalId(stacks.WithEncoder.Stack.Functions["Embeddings"].Role);
        Assert.DoesNotContain(SecurityTests.StatementsOf(stacks.WithEncoder, role),
            s => SecurityTests.Actions(s).Contains("bedrock:InvokeModel"));
    }

    [Fact]
    public void Functions_that_reach_OpenSearch_or_the_cache_run_in_the_private_subnets()
    {
        foreach (var spec in FunctionSpec.All)
        {
            var vpc = Function(stacks.Dev, spec)["VpcConfig"];
            Assert.Equal(spec.InVpc, vpc is not null);
        }
        Assert.True(FunctionSpec.Search.InVpc && FunctionSpec.Embeddings.InVpc && FunctionSpec.Recommendations.InVpc);
    }

    [Fact]
    public void Prod_keeps_latency_critical_functions_warm_and_caps_the_bursty_ones_dev_does_neither()
    {
        var prodAliases = stacks.Prod.OfType("AWS::Lambda::Alias");
        Assert.Equal(7, prodAliases.Count);
        Assert.All(prodAliases, a => Assert.Equal("live", (string?)a.Properties["Name"]));
        var searchAlias = stacks.Prod.Properties(stacks.Prod.LogicalId(stacks.Prod.Stack.Functions["Search"].Live));
        Assert.Equal(2, (int)searchAlias["ProvisionedConcurrencyConfig"]!["ProvisionedConcurrentExecutions"]!);
        Assert.Equal(1, (int)Function(stacks.Prod, FunctionSpec.CatalogSync)["ReservedConcurrentExecutions"]!);
        Assert.All(stacks.Dev.OfType("AWS::Lambda::Alias"), a => Assert.Null(a.Properties["ProvisionedConcurrencyConfig"]));
        Assert.All(FunctionSpec.All, s => Assert.Null(Function(stacks.Dev, s)["ReservedConcurrentExecutions"]));
    }

    internal static JsonObject Function(SynthesizedStack stack, FunctionSpec spec) =>
        stack.Properties(stack.LogicalId(stack.Stack.Functions[spec.Name].Function));

    private static JsonObject Variables(SynthesizedStack stack, FunctionSpec spec) =>
        Function(stack, spec)["Environment"]!["Variables"]!.AsObject();
}
