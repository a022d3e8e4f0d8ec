using MediaDiscovery.Embedded.Feeds;

namespace MediaDiscovery.Embedded.Tests.Feeds;

public sealed class CatalogDirectoryTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    [Fact]
    public void The_taxonomy_maps_every_platform_to_its_export_file()
    {
        Assert.Equal(
            [
                new PlatformSourceFile("netflix", "netflix_titles.csv"),
                new PlatformSourceFile("prime-video", "amazon_prime_titles.csv"),
                new PlatformSourceFile("disney-plus", "disney_plus_titles.csv"),
                new PlatformSourceFile("hulu", "hulu_titles.csv"),
            ],
            PlatformSourceFiles.All);
    }

    [Fact]
    public void Finds_the_platform_exports_and_score_files_present()
    {
        Touch("netflix_titles.csv", "Hulu_Titles.csv", "tv_shows.csv", "notes.txt");

        var found = CatalogDirectory.Discover(_directory.Path);

        Assert.Equal(["netflix", "hulu"], found.Feeds.Select(f => f.Platform));
        Assert.Equal(_directory.File("Hulu_Titles.csv"), found.Feeds[1].Location);
        Assert.Equal(_directory.File("tv_shows.csv"), found.SeriesScoresPath);
        Assert.Null(found.MovieScoresPath);
    }

    [Fact]
    public void Finds_all_four_platforms_and_both_score_files()
    {
        Touch("netflix_titles.csv", "amazon_prime_titles.csv", "disney_plus_titles.csv", "hulu_titles.csv",
            "MoviesOnStreamingPlatforms.csv", "tv_shows.csv");

        var found = CatalogDirectory.Discover(_directory.Path);

        Assert.Equal(["netflix", "prime-video", "disney-plus", "hulu"], found.Feeds.Select(f => f.Platform));
        Assert.Equal(_directory.File("MoviesOnStreamingPlatforms.csv"), found.MovieScoresPath);
    }

    [Fact]
    public void An_empty_directory_has_no_feeds()
    {
        var found = CatalogDirectory.Discover(_directory.Path);
        Assert.Empty(found.Feeds);
        Assert.Null(found.SeriesScoresPath);
    }

    /// <summary>A MovieLens directory with both files, their header lines followed by the given rows.</summary>
    private string MovieLensExport(string name, string movieRows, string ratingRows)
    {
        var directory = Directory.CreateDirectory(_directory.File(name)).FullName;
        File.WriteAllText(Path.Combine(directory, "movies.csv"), "movieId,title,genres\n" + movieRows);
        File.WriteAllText(Path.Combine(directory, "ratings.csv"), "userId,movieId,rating,timestamp\n" + ratingRows);
        return directory;
    }

    [Fact]
    public void Finds_a_MovieLens_export_beside_the_catalog_as_in_shared_datasets()
    {
        var catalog = Directory.CreateDirectory(_directory.File("streaming-catalogs")).FullName;
        var movieLens = MovieLensExport("movielens-latest-small", "1,Toy Story (1995),Animation\n", "1,1,4.0,1\n2,1,4.0,1\n");

        var found = CatalogDirectory.Discover(catalog);

        Assert.Equal(movieLens, found.MovieLensPath);
        Assert.True(found.HasEnrichment);
        Assert.Equal(2, found.ReadEnrichment()!.Find("Toy Story", Core.Catalog.ContentType.Movie, [1995])?.AudienceRatings);
        Assert.Null(CatalogDirectory.Discover(catalog, CatalogDirectory.NoMovieLens).MovieLensPath);
        Assert.Equal(movieLens, CatalogDirectory.Discover(catalog, movieLens).MovieLensPath);
    }

    [Fact]
    public void A_MovieLens_directory_without_its_files_is_not_used_and_an_explicit_one_is_an_error()
    {
        var catalog = Directory.CreateDirectory(_directory.File("catalog")).FullName;
        var incomplete = Directory.CreateDirectory(_directory.File("movielens-partial")).FullName;
        File.WriteAllText(Path.Combine(incomplete, "movies.csv"), "movieId,title,genres\n");

        Assert.Null(CatalogDirectory.Discover(catalog).MovieLensPath);
        Assert.False(CatalogDirectory.Discover(catalog).HasEnrichment);
        Assert.Null(CatalogDirectory.Discover(catalog).ReadEnrichment());
        Assert.Throws<DirectoryNotFoundException>(() => CatalogDirectory.Discover(catalog, incomplete));
    }

    [Fact]
    public void The_enrichment_fingerprint_changes_with_the_MovieLens_files()
    {
        var catalog = Directory.CreateDirectory(_directory.File("streaming-catalogs")).FullName;
        var movieLens = MovieLensExport("movielens", "", "");
        var before = CatalogDirectory.Discover(catalog).EnrichmentFingerprint();

        File.AppendAllText(Path.Combine(movieLens, "ratings.csv"), "1,1,4.0,1\n");

        Assert.NotEqual(before, CatalogDirectory.Discover(catalog).EnrichmentFingerprint());
        Assert.NotEqual(before, CatalogDirectory.Discover(catalog, CatalogDirectory.NoMovieLens).EnrichmentFingerprint());
    }

    [Fact]
    public void A_missing_directory_is_an_error_naming_it()
    {
        var missing = _directory.File("nowhere");
        var error = Assert.Throws<DirectoryNotFoundException>(() => CatalogDirectory.Discover(missing));
        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parses_taxonomy_columns_by_name()
    {
        var parsed = PlatformSourceFiles.Parse("source_file,platform_id\r\nx_titles.csv,x\r\n");
        Assert.Equal([new PlatformSourceFile("x", "x_titles.csv")], parsed);
    }

    public void Dispose() => _directory.Dispose();

    private void Touch(params string[] names)
    {
        foreach (var name in names)
            File.WriteAllText(_directory.File(name), "");
    }
}
