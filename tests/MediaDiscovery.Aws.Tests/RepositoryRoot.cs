namespace MediaDiscovery.Aws.Tests;

/// <summary>The checkout the tests run from: the nearest directory above the test binaries with the solution.</summary>
internal static class RepositoryRoot
{
    private const string Marker = "MediaDiscovery.sln";

    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, Marker)))
                return dir.FullName;
        }
        throw new InvalidOperationException($"No {Marker} found above {AppContext.BaseDirectory}.");
    }
}
