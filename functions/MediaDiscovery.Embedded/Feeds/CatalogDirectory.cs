namespace MediaDiscovery.Embedded.Feeds;

/// <summary>
/// A directory of platform exports named as in the taxonomy (<c>netflix_titles.csv</c>, …), with the optional
/// score files used to enrich them.
/// </summary>
public sealed record CatalogDirectory(
    string Path,
    IReadOnlyList<FileCatalogFeedSource> Feeds,
    string? MovieScoresPath,
    string? SeriesScoresPath)
{
    public const string MovieScoresFileName = "MoviesOnStreamingPlatforms.csv";
    public const string SeriesScoresFileName = "tv_shows.csv";

    /// <summary>One feed per platform export present in <paramref name="directory"/> (names match ignoring case).</summary>
    public static CatalogDirectory Discover(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var fullPath = System.IO.Path.GetFullPath(directory);
        if (!Directory.Exists(fullPath))
            throw new DirectoryNotFoundException($"The catalog directory '{fullPath}' does not exist.");

        var present = FilesByName(fullPath);
        var feeds = PlatformSourceFiles.All
            .Where(source => present.ContainsKey(source.FileName))
            .Select(source => new FileCatalogFeedSource(source.Platform, present[source.FileName]))
            .ToList();
        return new CatalogDirectory(
            fullPath,
            feeds,
            present.GetValueOrDefault(MovieScoresFileName),
            present.GetValueOrDefault(SeriesScoresFileName));
    }

    /// <summary>File name (any case) -> full path; of names differing only in case, the ordinal-first wins.</summary>
    private static Dictionary<string, string> FilesByName(string directory)
    {
        var files = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal))
            files.TryAdd(System.IO.Path.GetFileName(path), path);
        return files;
    }
}
