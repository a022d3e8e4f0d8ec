using Amazon.CDK.AWS.Lambda;

namespace MediaDiscovery.Cdk;

/// <summary>
/// Where a function's code comes from: published by synth itself (the default; <see cref="FunctionPublisher"/>), or
/// a directory published beforehand (<c>-c assetDirectory=&lt;dir&gt;</c>, as tests and docs/deploy.md's manual
/// path use). A missing directory fails with the command that makes it.
/// </summary>
public static class FunctionAssets
{
    public static Code CodeFor(DeploymentSettings settings, FunctionSpec spec)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Code.FromAsset(DirectoryFor(settings, spec), new Amazon.CDK.AWS.S3.Assets.AssetOptions
        {
            Exclude = [.. settings.FormatOf(spec).ExcludedFromPackage],
        });
    }

    public static string DirectoryFor(DeploymentSettings settings, FunctionSpec spec)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(spec);
        if (settings.AssetDirectory is null)
            return FunctionPublisher.ForCurrentDirectory().Publish(spec, RuntimeOf(settings), settings.FormatOf(spec));
        var directory = Path.GetFullPath(Path.Combine(settings.AssetDirectory, spec.Name));
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException(
                $"No published {spec.Name} function at {directory}. Run: dotnet publish functions/{FunctionSpec.ProjectPrefix}{spec.Name} "
                + $"-c Release -r {RuntimeOf(settings)} {string.Join(' ', settings.FormatOf(spec).PublishArguments)} -o {directory} (see docs/deploy.md), "
                + "or leave out assetDirectory and synth publishes it.");
        }
        return directory;
    }

    /// <summary>The .NET runtime identifier of the functions' architecture.</summary>
    public static string RuntimeOf(DeploymentSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.Architecture.Name == Architecture.ARM_64.Name ? "linux-arm64" : "linux-x64";
    }
}
