namespace MediaDiscovery.Cdk;

/// <summary>
/// Where a function's published output is. Synth never builds: the publish step of docs/deploy.md must have run (or,
/// for tests and CI synth, the directories must exist). A missing directory fails with the command that makes it.
/// </summary>
public static class FunctionAssets
{
    public static string DirectoryFor(DeploymentSettings settings, FunctionSpec spec)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(spec);
        var directory = Path.GetFullPath(Path.Combine(settings.AssetDirectory, spec.Name));
        if (!Directory.Exists(directory))
        {
            var rid = settings.Architecture.Name == Amazon.CDK.AWS.Lambda.Architecture.ARM_64.Name ? "linux-arm64" : "linux-x64";
            throw new DirectoryNotFoundException(
                $"No published {spec.Name} function at {directory}. Run: dotnet publish functions/{FunctionSpec.ProjectPrefix}{spec.Name} "
                + $"-c Release -r {rid} --self-contained false -p:PublishReadyToRun=true -o {directory} (see docs/deploy.md).");
        }
        return directory;
    }
}
