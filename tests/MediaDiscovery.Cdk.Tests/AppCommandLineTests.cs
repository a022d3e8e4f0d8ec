using System.Diagnostics;
using System.Text.Json;
using Amazon.CDK;

namespace MediaDiscovery.Cdk.Tests;

/// <summary>The CDK app as the CLI runs it (context in CDK_CONTEXT_JSON): a misconfiguration is one line, not a stack trace.</summary>
// In the stacks' collection: the in-process jsii runtime must not be used by two test classes at once.
[Collection(StacksCollection.Name)]
public sealed class AppCommandLineTests
{
    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunAppAsync(
        Dictionary<string, object> context, string? searchPath = null, string? workingDirectory = null)
    {
        var output = Directory.CreateTempSubdirectory("md-cdk-app-").FullName;
        try
        {
            var start = new ProcessStartInfo(System.Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", [typeof(Program).Assembly.Location])
            {
                WorkingDirectory = workingDirectory ?? Directory.GetCurrentDirectory(),
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                Environment =
                {
                    ["CDK_CONTEXT_JSON"] = JsonSerializer.Serialize(context),
                    ["CDK_OUTDIR"] = output,
                    ["JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION"] = "1",
                },
            };
            if (searchPath is not null)
                start.Environment["PATH"] = searchPath;
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
            // jsii's own notices ("!!" banners about the Node version) are the CLI's to show, not the app's.
            var lines = (await stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith("!!", StringComparison.Ordinal));
            return (process.ExitCode, await stdout, string.Join('\n', lines));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public async Task An_unknown_stage_is_one_line_and_exit_code_1()
    {
        var (exitCode, _, stderr) = await RunAppAsync(new Dictionary<string, object> { ["stage"] = "qa" });

        Assert.Equal(1, exitCode);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Context 'stage' must be 'dev' (the default) or 'prod'", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unpublished_functions_are_one_line_naming_the_command_that_publishes_them()
    {
        var (exitCode, _, stderr) = await RunAppAsync(new Dictionary<string, object> { ["assetDirectory"] = "/nonexistent/publish" });

        Assert.Equal(1, exitCode);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("No published", line, StringComparison.Ordinal);
        Assert.Contains("dotnet publish", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_publish_format_is_one_line_and_exit_code_1()
    {
        var (exitCode, _, stderr) = await RunAppAsync(new Dictionary<string, object> { ["publishFormat"] = "jit" });

        Assert.Equal(1, exitCode);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Context 'publishFormat' must be 'measured'", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_architecture_this_machine_cannot_link_is_one_line_naming_what_to_install()
    {
        // A repository with the Search function's project and no publish of it yet, and a PATH with node (jsii runs the
        // CDK in it) but no clang and no cross linker (the app is started by dotnet's full path): arm64 Native AOT
        // cannot link, and synth stops before publishing.
        var repository = Directory.CreateTempSubdirectory("md-cdk-repo-").FullName;
        var project = Path.Combine(repository, "functions", "MediaDiscovery.Functions.Search");
        Directory.CreateDirectory(project);
        await File.WriteAllTextAsync(Path.Combine(project, "MediaDiscovery.Functions.Search.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk.Web\" />");
        var bin = Directory.CreateDirectory(Path.Combine(repository, "bin")).FullName;
        File.CreateSymbolicLink(Path.Combine(bin, "node"), CommandPath("node"));
        var (exitCode, _, stderr) = await RunAppAsync(
            new Dictionary<string, object> { ["architecture"] = "arm64", ["publishFormat"] = "aot" }, searchPath: bin, workingDirectory: repository);
        Directory.Delete(repository, recursive: true);

        Assert.Equal(1, exitCode);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Native AOT for linux-arm64", line, StringComparison.Ordinal);
        Assert.Contains("-c publishFormat=readytorun", line, StringComparison.Ordinal);
    }

    private static string CommandPath(string command) =>
        (System.Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(directory => Path.Combine(directory, command))
            .First(File.Exists);

    [Fact]
    public void Without_a_stage_the_app_deploys_dev()
    {
        var app = new App(new AppProps { Context = new Dictionary<string, object>() });

        Assert.Equal(DeploymentStage.Dev, DeploymentSettings.FromContext(app).Stage);
    }
}
