namespace MediaDiscovery.Testing;

/// <summary>
/// Where the shared real datasets are: the nearest ancestor of the test binaries that holds <c>shared/datasets</c>
/// (the repository's sibling <c>../shared</c>). Null paths when the datasets are truly absent.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> LazyRoot = new(FindRoot);

    /// <summary>The <c>shared</c> directory, or null when no ancestor has <c>shared/datasets</c>.</summary>
    public static string? Root => LazyRoot.Value;

    public static string? StreamingCatalogs => Dataset("streaming-catalogs");

    public static string? MovieLens => Dataset("movielens-latest-small");

    /// <summary>Why real-data tests cannot run, for the assertion message when <see cref="Root"/> is null.</summary>
    public const string MissingMessage =
        "shared/datasets was not found in any ancestor of the test directory; real-data tests need ../shared next to the repository";

    private static string? Dataset(string name) => Root is null ? null : Path.Combine(Root, "datasets", name);

    private static string? FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "datasets")))
                return candidate;
        }
        return null;
    }
}
