using System.Globalization;
using MediaDiscovery.Core.Catalog.Ingestion;

namespace MediaDiscovery.Embedded.Feeds;

/// <summary>
/// A directory of platform exports named as in the taxonomy (<c>netflix_titles.csv</c>, …), with the optional
/// score files used to enrich them, and optionally a MovieLens export (<c>movies.csv</c> + <c>ratings.csv</c>) whose
/// rating counts tell how widely seen each movie is.
/// </summary>
public sealed record CatalogDirectory(
    string Path,
    IReadOnlyList<FileCatalogFeedSource> Feeds,
    string? MovieScoresPath,
    string? SeriesScoresPath,
    string? MovieLensPath = null)
{
    public const string MovieScoresFileName = "MoviesOnStreamingPlatforms.csv";
    public const string SeriesScoresFileName = "tv_shows.csv";

    /// <summary>Passed as the MovieLens location: use none, even if one is found.</summary>
    public const string NoMovieLens = "none";

    /// <summary>Raised when enrichment records something new (2: each title's MovieLens movie id).</summary>
    private const int EnrichmentVersion = 2;

    private const string MovieLensPrefix = "movielens";
    private static readonly string[] MovieLensFiles = ["movies.csv", "ratings.csv"];

    public bool HasEnrichment => MovieScoresPath is not null || SeriesScoresPath is not null || MovieLensPath is not null;

    /// <summary>
    /// One feed per platform export present in <paramref name="directory"/> (names match ignoring case). MovieLens:
    /// <paramref name="movieLens"/> when given (a directory holding both files, or <see cref="NoMovieLens"/>), else
    /// the first directory named <c>movielens*</c> holding both files inside <paramref name="directory"/> or beside it
    /// (the layout of <c>shared/datasets</c>).
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The directory, or a given MovieLens directory, does not exist or lacks its files.</exception>
    public static CatalogDirectory Discover(string directory, string? movieLens = null)
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
            present.GetValueOrDefault(SeriesScoresFileName),
            MovieLensFor(fullPath, movieLens));
    }

    /// <summary>The critic scores and MovieLens rating counts present, or null when there are none.</summary>
    /// <exception cref="InvalidDataException">A file is not what it should be.</exception>
    public ScoreTable? ReadEnrichment()
    {
        if (!HasEnrichment)
            return null;
        ScoreTable scores;
        using (var movies = MovieScoresPath is null ? null : File.OpenRead(MovieScoresPath))
        using (var shows = SeriesScoresPath is null ? null : File.OpenRead(SeriesScoresPath))
            scores = ScoreTable.Parse(movies, shows);
        if (MovieLensPath is null)
            return scores;
        using var movieList = File.OpenRead(System.IO.Path.Combine(MovieLensPath, MovieLensFiles[0]));
        using var ratings = File.OpenRead(System.IO.Path.Combine(MovieLensPath, MovieLensFiles[1]));
        return scores.WithAudience(AudienceRatings.Parse(movieList, ratings));
    }

    /// <summary>
    /// Length and write time of every enrichment file, and the version of what enrichment records: a change means the
    /// titles must be enriched again.
    /// </summary>
    public string EnrichmentFingerprint()
    {
        var files = new[] { MovieScoresPath, SeriesScoresPath }
            .Concat(MovieLensFiles.Select(f => MovieLensPath is null ? null : System.IO.Path.Combine(MovieLensPath, f)));
        return EnrichmentVersion + ":" + string.Join(',', files.Select(p => p is null || !File.Exists(p)
            ? "-"
            : string.Create(CultureInfo.InvariantCulture, $"{new FileInfo(p).Length}@{File.GetLastWriteTimeUtc(p).Ticks}")));
    }

    private static string? MovieLensFor(string catalogDirectory, string? configured)
    {
        if (string.Equals(configured, NoMovieLens, StringComparison.OrdinalIgnoreCase))
            return null;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var path = System.IO.Path.GetFullPath(configured);
            return HoldsMovieLens(path) ? path
                : throw new DirectoryNotFoundException($"The MovieLens directory '{path}' does not exist or lacks movies.csv and ratings.csv.");
        }
        var parent = Directory.GetParent(catalogDirectory)?.FullName;
        return new[] { catalogDirectory, parent }
            .Where(d => d is not null)
            .SelectMany(d => Directory.EnumerateDirectories(d!, MovieLensPrefix + "*").Order(StringComparer.Ordinal))
            .FirstOrDefault(HoldsMovieLens);
    }

    private static bool HoldsMovieLens(string directory) =>
        Directory.Exists(directory) && MovieLensFiles.All(f => File.Exists(System.IO.Path.Combine(directory, f)));

    /// <summary>File name (any case) -> full path; of names differing only in case, the ordinal-first wins.</summary>
    private static Dictionary<string, string> FilesByName(string directory)
    {
        var files = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal))
            files.TryAdd(System.IO.Path.GetFileName(path), path);
        return files;
    }
}
