using System.Text;
using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Catalog.Ingestion;

namespace MediaDiscovery.Core.Tests.Catalog.Ingestion;

public sealed class AudienceRatingsTests
{
    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    private static readonly AudienceRatings Ratings = AudienceRatings.Parse(
        Utf8("""
            movieId,title,genres
            1,Toy Story (1995),Adventure|Animation
            2,"Lion King, The (1994)",Animation
            3,Coco Before Chanel (Coco avant Chanel) (2009),Drama
            4,Unrated Film (2001),Drama
            5,No Year,Drama
            6,"Amants du Pont-Neuf, Les (1991)",Drama
            7,"Fawlty Towers (1975-1979)",Comedy
            """),
        Utf8("userId,movieId,rating,timestamp\n1,1,4.0,1\n2,1,5.0,1\n3,1,3.0,1\n1,2,4.0,1\n1,3,4.0,1\n1,5,4.0,1\n1,6,4.0,1\n1,7,4.0,1\n1,99,4.0,1\n"));

    [Fact]
    public void Counts_ratings_per_movie_by_title_and_year()
    {
        Assert.Equal(3, Ratings.Find("Toy Story", 1995));
        Assert.Equal(3, Ratings.Find("toy story", 1996));
        Assert.Null(Ratings.Find("Toy Story", 1997));
        Assert.Null(Ratings.Find("Unrated Film", 2001));
    }

    [Theory]
    [InlineData("The Lion King", 1994)]
    [InlineData("Coco Before Chanel", 2009)]
    [InlineData("Coco avant Chanel", 2009)]
    [InlineData("Les Amants du Pont-Neuf", 1991)]
    [InlineData("Fawlty Towers", 1975)]
    public void Reads_MovieLens_title_spellings(string name, int year) => Assert.Equal(1, Ratings.Find(name, year));

    [Fact]
    public void The_link_names_the_movie_of_the_nearest_year()
    {
        var ratings = AudienceRatings.Parse(
            Utf8("movieId,title\n10,Hamlet (1990)\n11,Hamlet (1996)\n12,Hamlet (1997)\n"),
            Utf8("userId,movieId,rating,timestamp\n1,10,4,1\n1,11,4,1\n1,12,4,1\n2,12,4,1\n"));

        Assert.Equal(new AudienceMovie(11, 1), ratings.FindMovie("Hamlet", 1996));
        Assert.Equal(new AudienceMovie(10, 1), ratings.FindMovie("Hamlet", 1991));
        Assert.Null(ratings.FindMovie("Hamlet", 1993));
    }

    [Fact]
    public void Titles_without_a_year_are_skipped() => Assert.Null(Ratings.Find("No Year", 2000));

    [Fact]
    public void Files_without_their_columns_are_invalid()
    {
        Assert.Throws<InvalidDataException>(() => AudienceRatings.Parse(Utf8("id,name\n1,X (2000)\n"), Utf8("userId,movieId\n")));
        Assert.Throws<InvalidDataException>(() => AudienceRatings.Parse(Utf8("movieId,title\n1,X (2000)\n"), Utf8("userId,film\n")));
        Assert.Throws<InvalidDataException>(() => AudienceRatings.Parse(Utf8(""), Utf8("userId,movieId\n")));
    }

    [Fact]
    public void Scores_gain_the_rating_count_of_movies_only()
    {
        var scores = ScoreTable.Parse(
            Utf8(",ID,Title,Year,Age,Rotten Tomatoes,Netflix,Hulu,Prime Video,Disney+,Type\n0,1,Toy Story,1995,all,100/100,0,0,0,1,0\n"),
            null).WithAudience(Ratings);

        Assert.Equal(new TitleScores { RottenTomatoes = 100, AudienceRatings = 3, AudienceMovieId = 1 }, scores.Find("Toy Story", ContentType.Movie, [1995]));
        Assert.Equal(new TitleScores { AudienceRatings = 1, AudienceMovieId = 2 }, scores.Find("The Lion King", ContentType.Movie, [1994]));
        Assert.Equal(new TitleScores { AudienceRatings = 1, AudienceMovieId = 2 }, scores.Find("Disney's The Lion King", ContentType.Movie, [1994]));
        Assert.Null(scores.Find("Fawlty Towers", ContentType.Series, [(1975, 1979)]));
    }
}
