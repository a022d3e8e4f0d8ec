using System.Text;
using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Catalog.Ingestion;
using static MediaDiscovery.Core.Tests.Catalog.Ingestion.Entries;

namespace MediaDiscovery.Core.Tests.Catalog.Ingestion;

public sealed class ScoreTableTests
{
    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    private static readonly ScoreTable Scores = ScoreTable.Parse(
        Utf8(",ID,Title,Year,Age,Rotten Tomatoes,Netflix,Hulu,Prime Video,Disney+,Type\n0,1,The Irishman,2019,18+,98/100,1,0,0,0,0\n1,2,No Score,2019,,,1,0,0,0,0\n"),
        Utf8(",ID,Title,Year,Age,IMDb,Rotten Tomatoes,Netflix,Hulu,Prime Video,Disney+,Type\n0,1,Breaking Bad,2008,18+,9.4/10,100/100,1,0,0,0,1\n1,2,Black Mirror,2011,18+,8.8/10,92/100,1,0,0,0,1\n2,3,Still Game,2002,,8.6/10,,1,0,0,0,1\n"));

    [Fact]
    public void Reads_rotten_tomatoes_for_movies_and_imdb_for_series()
    {
        Assert.Equal(new TitleScores { RottenTomatoes = 98 }, Scores.Find("the irishman", ContentType.Movie, [2019]));
        Assert.Equal(new TitleScores { RottenTomatoes = 100, Imdb = 9.4 }, Scores.Find("Breaking Bad", ContentType.Series, [2008]));
        Assert.Equal(4, Scores.Count);
    }

    [Fact]
    public void Matches_a_year_apart_but_not_two_nor_another_type()
    {
        Assert.NotNull(Scores.Find("The Irishman", ContentType.Movie, [2020]));
        Assert.Null(Scores.Find("The Irishman", ContentType.Movie, [2021]));
        Assert.Null(Scores.Find("The Irishman", ContentType.Series, [2019]));
    }

    [Fact]
    public void A_series_that_paused_between_seasons_matches_within_two_years_a_season()
    {
        // Listed with its 5th season's year; began 8 years earlier.
        Assert.NotNull(Scores.Find("Black Mirror", ContentType.Series, [(2015, 2019)]));
        // 9 seasons, 16 years.
        Assert.NotNull(Scores.Find("Still Game", ContentType.Series, [(2010, 2018)]));
        // One season listed in 2019 cannot have begun in 2011.
        Assert.Null(Scores.Find("Black Mirror", ContentType.Series, [(2019, 2019)]));
        // Movies do not pause.
        Assert.Null(Scores.Find("The Irishman", ContentType.Movie, [(2021, 2025)]));
    }

    [Theory]
    [InlineData("Marvel Studios' The Irishman", 2019)]
    [InlineData("Martin Scorsese’s The Irishman", 2019)]
    public void A_possessive_credit_is_dropped_when_the_full_name_is_unknown(string name, int year)
    {
        Assert.Equal(98, Scores.Find(name, ContentType.Movie, [year])?.RottenTomatoes);
    }

    [Fact]
    public void A_disambiguating_year_is_dropped_and_the_year_still_has_to_match()
    {
        Assert.Equal(98, Scores.Find("The Irishman (2019)", ContentType.Movie, [2019])?.RottenTomatoes);
        Assert.Null(Scores.Find("The Irishman (1960)", ContentType.Movie, [1960]));
    }

    [Fact]
    public void Merge_enriches_matching_titles_and_counts_them()
    {
        var feeds = Feeds(Movie("netflix", "s1", "The Irishman", 2019), Movie("netflix", "s2", "Unknown Film", 2019));
        var snapshot = FeedCsv.Pipeline.Merge(feeds, Scores);
        Assert.Equal(98, snapshot.Titles.Single(t => t.Name == "The Irishman").Scores.RottenTomatoes);
        Assert.Same(TitleScores.None, snapshot.Titles.Single(t => t.Name == "Unknown Film").Scores);
        Assert.Equal(1, snapshot.Report.TitlesWithScores);
    }

    [Fact]
    public void A_score_file_without_title_or_year_columns_is_invalid()
    {
        Assert.Throws<InvalidDataException>(() => ScoreTable.Parse(Utf8("Name,Score\nX,1/2\n"), null));
    }
}
