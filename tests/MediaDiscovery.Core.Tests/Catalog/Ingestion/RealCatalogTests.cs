using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Catalog.Ingestion;
using MediaDiscovery.Testing;

namespace MediaDiscovery.Core.Tests.Catalog.Ingestion;

/// <summary>The whole pipeline over the four real catalogs in <c>../shared/datasets/streaming-catalogs</c>.</summary>
public sealed class RealCatalogTests : IClassFixture<RealCatalogTests.Ingested>
{
    private readonly Ingested _data;

    public RealCatalogTests(Ingested data) => _data = data;

    /// <summary>Reads and merges the real catalogs once for the class.</summary>
    public sealed class Ingested
    {
        public Ingested()
        {
            Directory = SharedData.StreamingCatalogs;
            if (Directory is null)
                return;
            var taxonomy = CatalogTaxonomy.Default;
            var ingestion = new CatalogIngestion(taxonomy, IngestionLimits.Default);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            Feeds = taxonomy.Platforms.Select(p =>
            {
                using var stream = File.OpenRead(Path.Combine(Directory, p.SourceFile));
                return ingestion.ReadFeed(p.Id, stream);
            }).ToList();
            Snapshot = ingestion.Merge(Feeds, Scores(Directory));
            Elapsed = clock.Elapsed;
        }

        public string? Directory { get; }
        public IReadOnlyList<PlatformFeedResult> Feeds { get; } = [];
        public CatalogSnapshot? Snapshot { get; }
        public TimeSpan Elapsed { get; }

        public IReadOnlyList<Title> Titles => Snapshot?.Titles ?? [];

        private static ScoreTable Scores(string directory)
        {
            using var movies = File.OpenRead(Path.Combine(directory, "MoviesOnStreamingPlatforms.csv"));
            using var shows = File.OpenRead(Path.Combine(directory, "tv_shows.csv"));
            var scores = ScoreTable.Parse(movies, shows);
            if (SharedData.MovieLens is not { } movieLens)
                return scores;
            using var movieList = File.OpenRead(Path.Combine(movieLens, "movies.csv"));
            using var ratings = File.OpenRead(Path.Combine(movieLens, "ratings.csv"));
            return scores.WithAudience(AudienceRatings.Parse(movieList, ratings));
        }
    }

    private IReadOnlyList<Title> Titles
    {
        get
        {
            Assert.True(_data.Directory is not null, SharedData.MissingMessage);
            return _data.Titles;
        }
    }

    private Title Single(string name, ContentType type) => Assert.Single(Titles, t => t.Name == name && t.Type == type);

    [Fact]
    public void Every_feed_is_usable_and_rejects_almost_nothing()
    {
        _ = Titles;
        Assert.Equal(4, _data.Feeds.Count);
        Assert.All(_data.Feeds, f => Assert.Null(f.FatalError));
        Assert.Equal(22_998, _data.Feeds.Sum(f => f.RowsRead));
        Assert.True(_data.Feeds.Sum(f => f.Rejections.Count) < 50);
    }

    [Fact]
    public void Merging_yields_over_22000_titles_with_hundreds_on_several_platforms()
    {
        Assert.InRange(Titles.Count, 22_000, 22_551);
        Assert.True(_data.Snapshot!.Report.TitlesOnTwoOrMorePlatforms >= 418, "at least the exact title+year matches");
    }

    [Fact]
    public void The_Simpsons_is_one_series_on_disney_plus_and_hulu()
    {
        var simpsons = Single("The Simpsons", ContentType.Series);
        Assert.Equal(["disney-plus", "hulu"], simpsons.Availability.Select(a => a.Platform));
    }

    [Fact]
    public void Cheers_is_one_series_on_hulu_and_netflix_despite_their_different_years()
    {
        var cheers = Single("Cheers", ContentType.Series);
        Assert.Equal(["hulu", "netflix"], cheers.Availability.Select(a => a.Platform));
        Assert.Equal(1982, cheers.ReleaseYear);
    }

    [Fact]
    public void The_one_film_called_Us_stays_one_title_of_its_own()
    {
        // The catalogs hold a single "Us" (Michael Landon, 1991, Prime Video); namesakes like "Us and Them" stay apart.
        var us = Assert.Single(Titles, t => TitleNormaliser.Normalise(t.Name) == "us");
        Assert.Equal((ContentType.Movie, 1991), (us.Type, us.ReleaseYear));
        Assert.Equal(["prime-video"], us.Availability.Select(a => a.Platform));
        Assert.Equal(["Michael Landon"], us.Directors);
    }

    [Fact]
    public void Every_title_has_canonical_genres_and_a_unique_well_formed_id()
    {
        var taxonomy = CatalogTaxonomy.Default;
        Assert.All(Titles, t =>
        {
            Assert.All(t.Genres, g => Assert.True(taxonomy.IsCanonicalGenre(g), $"{t.Name}: {g}"));
            Assert.Equal(t.Genres.Distinct().Order(StringComparer.Ordinal), t.Genres);
            Assert.True(TitleIds.IsWellFormed(t.Id));
        });
        Assert.Equal(Titles.Count, Titles.Select(t => t.Id).Distinct().Count());
    }

    [Fact]
    public void Every_entry_ends_up_in_exactly_one_title()
    {
        var entries = _data.Feeds.Sum(f => f.Entries.Count);
        Assert.Equal(entries, Titles.Sum(t => t.Availability.Count));
    }

    [Fact]
    public void No_text_keeps_zero_width_characters()
    {
        Assert.All(Titles, t => Assert.DoesNotContain('\u200B', t.Name + t.Description));
    }

    [Fact]
    public void Thousands_of_titles_are_enriched_with_scores()
    {
        Assert.True(_data.Snapshot is null || _data.Snapshot.Report.TitlesWithScores > 5_000);
        Assert.Equal(82, Single("Cheers", ContentType.Series).Scores.RottenTomatoes);
    }

    [Fact]
    public void Series_listed_with_their_latest_season_year_get_the_scores_of_their_first_year()
    {
        // Netflix lists Dark as 2020 (3 seasons); the score file as 2017, the year it began.
        Assert.Equal(93, Single("Dark", ContentType.Series).Scores.RottenTomatoes);
        Assert.Equal(8.6, Single("The Crown", ContentType.Series).Scores.Imdb);
        Assert.Equal(78, Single("Queer Eye", ContentType.Series).Scores.RottenTomatoes);
        // 5 seasons listed as 2019, begun 2011: paused between seasons.
        Assert.Equal(92, Single("Black Mirror", ContentType.Series).Scores.RottenTomatoes);
    }

    [Fact]
    public void Movies_get_their_MovieLens_rating_counts()
    {
        Assert.True(_data.Snapshot is null || _data.Snapshot.Report.TitlesWithAudienceRatings > 1_500, _data.Snapshot?.Report.TitlesWithAudienceRatings.ToString());
        // ml-latest-small: Toy Story (1995) has 215 ratings; series have none.
        Assert.Equal(215, Single("Toy Story", ContentType.Movie).Scores.AudienceRatings);
        Assert.Equal(1, Single("Toy Story", ContentType.Movie).Scores.AudienceMovieId);
        Assert.Equal(88, Single("Toy Story", ContentType.Movie).Scores.RottenTomatoes);
        Assert.Null(Single("Breaking Bad", ContentType.Series).Scores.AudienceRatings);
    }

    [Fact]
    public void Titles_with_a_possessive_credit_get_the_scores_of_the_bare_title()
    {
        Assert.Equal(90, Single("Marvel Studios' Avengers: Endgame", ContentType.Movie).Scores.RottenTomatoes);
    }
}
