namespace MediaDiscovery.Benchmarks;

/// <summary>
/// The real catalogs at <c>../shared/datasets/streaming-catalogs</c>, found upwards from the working directory or
/// the binaries (BenchmarkDotNet runs its measurements from a generated folder below the binaries).
/// </summary>
public static class SharedCatalogs
{
    public static string Directory { get; } = Find();

    private static string Find() =>
        FindFrom(System.IO.Directory.GetCurrentDirectory()) ?? FindFrom(AppContext.BaseDirectory)
        ?? throw new DirectoryNotFoundException("Run the benchmarks from the repository with ../shared beside it.");

    private static string? FindFrom(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "datasets", "streaming-catalogs");
            if (System.IO.Directory.Exists(candidate))
                return candidate;
        }
        return null;
    }
}
