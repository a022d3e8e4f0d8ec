namespace MediaDiscovery.LocalHost.Tests;

/// <summary>The checkout the tests run from: the folder above their output that holds MediaDiscovery.sln.</summary>
public static class RepositoryRoot
{
    public static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "MediaDiscovery.sln")))
                return directory.FullName;
        }
        throw new InvalidOperationException("The repository root (MediaDiscovery.sln) is not above the test's output.");
    }
}
