using System.Text.Json.Nodes;

namespace MediaDiscovery.Cdk.Tests;

/// <summary>
/// The template and assets `npx cdk synth` wrote into the repository's <c>cdk.out</c>, as an engineer runs it (synth
/// publishing every function; <c>.ci/run</c> runs it for dev and prod before the tests): every function's code asset
/// is a real published directory holding its entry (the native executable and its bootstrap, or the entry assembly), and
/// runs behind the Lambda Web Adapter.
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
    public void Every_function_asset_is_its_published_entry_behind_the_web_adapter(string stage)
    {
        var cdkOut = CdkOut();
        var path = Path.Combine(cdkOut, $"MediaDiscovery-{stage}.template.json");
        Assert.True(File.Exists(path), $"{path} is missing: run `npx cdk synth{(stage == "prod" ? " -c stage=prod" : "")}` first (bash .ci/run does).");
        var resources = JsonNode.Parse(File.ReadAllText(path))!["Resources"]!.AsObject();

        foreach (var spec in FunctionSpec.All)
        {
            var function = resources.Select(r => r.Value!).Single(r => (string?)r["Type"] == "AWS::Lambda::Function"
                && ((string?)r["Metadata"]?["aws:cdk:path"])?.EndsWith($"/{spec.Name}Function/Lambda/Resource", StringComparison.Ordinal) == true);
            var properties = function["Properties"]!;
            var asset = Path.Combine(cdkOut, (string)function["Metadata"]!["aws:asset:path"]!);
            var variables = properties["Environment"]!["Variables"]!;
            Assert.Equal("8080", (string?)variables["AWS_LWA_PORT"]);
            // The default synth deploys each function in its measured format.
            if (spec.MeasuredFormat.IsNative)
            {
                Assert.Equal("provided.al2023", (string?)properties["Runtime"]);
                Assert.Equal("bootstrap", (string?)properties["Handler"]);
                Assert.Null(variables["AWS_LAMBDA_EXEC_WRAPPER"]);
                AssertNativeExecutable(Path.Combine(asset, spec.AssemblyName), (string)properties["Architectures"]![0]!);
                var bootstrap = Path.Combine(asset, "bootstrap");
                Assert.True(IsExecutable(bootstrap), $"{bootstrap} is not executable");
                Assert.Contains($"/{spec.AssemblyName}\"", File.ReadAllText(bootstrap), StringComparison.Ordinal);
                Assert.Empty(Directory.EnumerateFiles(asset, "*.dbg"));
                Assert.Empty(Directory.EnumerateFiles(asset, "onnxruntime*.dll"));
            }
            else
            {
                Assert.Equal("dotnet10", (string?)properties["Runtime"]);
                Assert.Equal(spec.AssemblyName, (string?)properties["Handler"]);
                Assert.Equal("/opt/bootstrap", (string?)variables["AWS_LAMBDA_EXEC_WRAPPER"]);
                Assert.True(File.Exists(Path.Combine(asset, spec.AssemblyName + ".dll")), $"{asset} has no {spec.AssemblyName}.dll");
                Assert.True(File.Exists(Path.Combine(asset, spec.AssemblyName + ".runtimeconfig.json")), $"{asset} has no runtimeconfig");
            }
        }
    }

    /// <summary>Lambda runs the package's files as they were zipped: an executable must be one for everybody.</summary>
    private static bool IsExecutable(string path) =>
        !OperatingSystem.IsWindows() && File.GetUnixFileMode(path).HasFlag(UnixFileMode.OtherExecute);

    /// <summary>An ELF executable for the function's architecture (e_machine: 0xB7 aarch64, 0x3E x86-64).</summary>
    private static void AssertNativeExecutable(string path, string architecture)
    {
        Assert.True(IsExecutable(path), $"{path} is not executable");
        var header = new byte[20];
        using (var file = File.OpenRead(path))
            file.ReadExactly(header);
        Assert.Equal("\u007fELF"u8.ToArray(), header[..4]);
        Assert.Equal(architecture == "arm64" ? 0xB7 : 0x3E, BitConverter.ToUInt16(header, 18));
    }
}
