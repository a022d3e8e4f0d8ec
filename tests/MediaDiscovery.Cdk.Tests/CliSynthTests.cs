using System.Text.Json.Nodes;

namespace MediaDiscovery.Cdk.Tests;

/// <summary>
/// The template and assets `npx cdk synth` wrote into the repository's <c>cdk.out</c>, as an engineer runs it (synth
/// publishing every function; <c>.ci/run</c> runs it for dev and prod before the tests): every function's code asset
/// is a real published directory holding its entry assembly, and runs behind the Lambda Web Adapter.
/// </summary>
public sealed class CliSynthTests
{
    private static string CdkOut()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "cdk.json")))
                return Path.Combine(directory.FullName, "cdk.out");
        }
        throw new DirectoryNotFoundException("No cdk.json above the test assembly.");
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public void Every_function_asset_is_its_published_entry_assembly_behind_the_web_adapter(string stage)
    {
        var cdkOut = CdkOut();
        var path = Path.Combine(cdkOut, $"MediaDiscovery-{stage}.template.json");
        Assert.True(File.Exists(path), $"{path} is missing: run `npx cdk synth{(stage == "prod" ? " -c stage=prod" : "")}` first (bash .ci/run does).");
        var resources = JsonNode.Parse(File.ReadAllText(path))!["Resources"]!.AsObject();

        var functions = resources.Where(r => (string?)r.Value!["Type"] == "AWS::Lambda::Function"
                && ((string?)r.Value["Properties"]!["Handler"])?.StartsWith(FunctionSpec.ProjectPrefix, StringComparison.Ordinal) == true)
            .Select(r => r.Value!).ToList();

        Assert.Equal(FunctionSpec.All.Select(s => s.Handler).Order(), functions.Select(f => (string)f["Properties"]!["Handler"]!).Order());
        foreach (var function in functions)
        {
            var handler = (string)function["Properties"]!["Handler"]!;
            var asset = Path.Combine(cdkOut, (string)function["Metadata"]!["aws:asset:path"]!);
            Assert.True(File.Exists(Path.Combine(asset, handler + ".dll")), $"{asset} has no {handler}.dll");
            Assert.True(File.Exists(Path.Combine(asset, handler + ".runtimeconfig.json")), $"{asset} has no runtimeconfig");
            var variables = function["Properties"]!["Environment"]!["Variables"]!;
            Assert.Equal("/opt/bootstrap", (string?)variables["AWS_LAMBDA_EXEC_WRAPPER"]);
            Assert.Equal("8080", (string?)variables["AWS_LWA_PORT"]);
        }
    }
}
