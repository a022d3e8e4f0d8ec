using Amazon.CDK;

namespace MediaDiscovery.Cdk;

/// <summary>
/// The CDK app: <c>npx cdk synth|deploy [-c stage=prod]</c> from the repository root (cdk.json; the stage defaults to
/// dev). Account and region come from the CLI's credentials (CDK_DEFAULT_ACCOUNT/REGION); without them the template
/// is environment-agnostic. A misconfiguration it can detect ends it with one line on stderr and exit code 1.
/// </summary>
public static class Program
{
    public static int Main()
    {
        try
        {
            var app = new App();
            var settings = DeploymentSettings.FromContext(app);
            _ = new MediaDiscoveryStack(app, StackName(settings), settings, new StackProps
            {
                Env = Environment(),
                Description = $"MediaDiscovery ({settings.Stage.ToString().ToLowerInvariant()}): functions, HTTP API, data, events and alarms",
                Tags = new Dictionary<string, string> { ["project"] = "mediadiscovery", ["stage"] = settings.Stage.ToString().ToLowerInvariant() },
            });
            app.Synth();
            return 0;
        }
        catch (Exception e) when (e is ArgumentException or DirectoryNotFoundException or FileNotFoundException or FunctionPublishException)
        {
            // What the engineer must change, not a stack trace.
            Console.Error.WriteLine($"MediaDiscovery: {e.Message}");
            return 1;
        }
    }

    public static string StackName(DeploymentSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return "MediaDiscovery-" + settings.Stage.ToString().ToLowerInvariant();
    }

    private static Amazon.CDK.Environment? Environment()
    {
        var account = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_ACCOUNT");
        var region = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_REGION");
        return account is null && region is null ? null : new Amazon.CDK.Environment { Account = account, Region = region };
    }
}
