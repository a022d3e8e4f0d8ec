using System.Text.Json;
using System.Text.Json.Nodes;
using Amazon.CDK;
using Amazon.CDK.Assertions;
using Constructs;

namespace MediaDiscovery.Cdk.Tests;

/// <summary>
/// One stage's stack synthesized in process, with empty published-function directories (synth only zips them), and
/// its template both as CDK's <see cref="Template"/> and as JSON for the structural checks.
/// </summary>
public sealed class SynthesizedStack : IDisposable
{
    public const string Issuer = "https://issuer.example.test/pool-1";

    public const string Audience = "md-test-audience";

    private readonly string assets;

    public SynthesizedStack(string stage, string architecture, IReadOnlyDictionary<string, object>? more = null)
    {
        assets = CreateAssetDirectories();
        var context = new Dictionary<string, object>
        {
            ["stage"] = stage,
            ["architecture"] = architecture,
            ["jwtIssuer"] = Issuer,
            ["jwtAudience"] = Audience,
            ["assetDirectory"] = assets,
            ["catalogSyncSchedule"] = "rate(3 hours)",
            ["availabilitySweepSchedule"] = "rate(45 minutes)",
        };
        foreach (var (key, value) in more ?? new Dictionary<string, object>())
            context[key] = value;
        var app = new App(new AppProps { Context = context, Outdir = Path.Combine(assets, "cdk.out") });
        var settings = DeploymentSettings.FromContext(app);
        Stack = new MediaDiscoveryStack(app, Program.StackName(settings), settings);
        Template = Template.FromStack(Stack);
        Json = JsonNode.Parse(JsonSerializer.Serialize(Template.ToJSON()))!.AsObject();
    }

    public MediaDiscoveryStack Stack { get; }

    public Template Template { get; }

    public JsonObject Json { get; }

    public JsonObject Resources => Json["Resources"]!.AsObject();

    /// <summary>The resources of one CloudFormation type, by logical id.</summary>
    public IReadOnlyList<(string Id, JsonObject Properties)> OfType(string type) =>
        Resources.Where(r => (string?)r.Value!["Type"] == type)
            .Select(r => (r.Key, r.Value!["Properties"]?.AsObject() ?? []))
            .ToList();

    public JsonObject Properties(string logicalId) => Resources[logicalId]!["Properties"]!.AsObject();

    /// <summary>The logical id CDK gave a construct's CloudFormation resource.</summary>
    public string LogicalId(IConstruct construct) => Stack.GetLogicalId((CfnElement)construct.Node.DefaultChild!);

    /// <summary><c>{"Ref": id}</c> as the template writes it.</summary>
    public static string Ref(string logicalId) => new JsonObject { ["Ref"] = logicalId }.ToJsonString();

    public static string CreateAssetDirectories()
    {
        var root = Path.Combine(Path.GetTempPath(), "md-cdk-tests-" + Guid.NewGuid().ToString("N"));
        foreach (var spec in FunctionSpec.All)
            Directory.CreateDirectory(Path.Combine(root, spec.Name));
        return root;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(assets, recursive: true);
        }
        catch (IOException)
        {
            // A temp directory left behind is harmless.
        }
    }
}
