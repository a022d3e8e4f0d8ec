namespace MediaDiscovery.Benchmarks;

/// <summary>The real catalogs at <c>../shared/datasets/streaming-catalogs</c>, found from the working directory up.</summary>
public static class SharedCatalogs
{
    public static string Directory { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(System.IO.Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "datasets", "streaming-catalogs");
            if (System.IO.Directory.Exists(candidate))
                return candidate;
        }
        throw new DirectoryNotFoundException("Run the benchmarks from the repository with ../shared beside it.");
    }
}
