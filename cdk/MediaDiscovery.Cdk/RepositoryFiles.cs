namespace MediaDiscovery.Cdk;

/// <summary>Files of the repository the stack reads at synth time, found from the working directory upwards.</summary>
public static class RepositoryFiles
{
    public const string AvailabilitySweepDefinition = "statemachines/availability-sweep.asl.json";

    /// <summary>The discovery page's entry; its folder is what <see cref="DiscoveryPageSite"/> uploads.</summary>
    public const string DiscoveryPage = "web/index.html";

    public static string Find(string relativePath)
    {
        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, relativePath);
            if (File.Exists(candidate))
                return candidate;
        }
        throw new FileNotFoundException($"{relativePath} was not found above {Directory.GetCurrentDirectory()}; run cdk from the repository.");
    }
}
