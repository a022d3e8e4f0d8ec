using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Catalog.Ingestion;
using static MediaDiscovery.Core.Tests.Catalog.Ingestion.FeedCsv;

namespace MediaDiscovery.Core.Tests.Catalog.Ingestion;

public sealed class ReadFeedValidationTests
{
    private static RowRejection RejectedRow(string row)
    {
        var result = Read(Feed(Row(showId: "s0", title: "Fine"), row));
        Assert.Null(result.FatalError);
        Assert.Single(result.Entries);
        Assert.Equal(2, result.RowsRead);
        return Assert.Single(result.Rejections);
    }

    [Fact]
    public void Reads_a_valid_row_into_a_normalised_entry()
    {
        var entry = Single(Row(showId: "s7", type: "Movie", title: "Dick Johnson Is Dead", director: "Kirsten Johnson",
            cast: "A, B, A, ", country: "United States, ", dateAdded: "25-Sep-21", year: "2020", rating: "PG-13",
            duration: "90 min", listedIn: "Documentaries", description: "  As her father nears the end.  "));
        Assert.Equal("netflix", entry.Platform);
        Assert.Equal("s7", entry.ShowId);
        Assert.Equal(ContentType.Movie, entry.Type);
        Assert.Equal(2020, entry.ReleaseYear);
        Assert.Equal(["documentary"], entry.Genres);
        Assert.Equal(["Documentaries"], entry.RawGenres);
        Assert.Equal("PG-13", entry.MaturityRating);
        Assert.Equal(13, entry.MinAge);
        Assert.Equal(90, entry.RuntimeMinutes);
        Assert.Null(entry.Seasons);
        Assert.Equal(["A", "B"], entry.Cast);
        Assert.Equal(["Kirsten Johnson"], entry.Directors);
        Assert.Equal(["United States"], entry.Countries);
        Assert.Equal("As her father nears the end.", entry.Description);
        Assert.Equal(new DateOnly(2021, 9, 25), entry.DateAdded);
        Assert.Equal(2, entry.Line);
    }

    [Fact]
    public void A_tv_show_is_a_series_with_seasons()
    {
        var entry = Single(Row(type: "TV Show", duration: "2 Seasons", rating: "TV-MA"));
        Assert.Equal(ContentType.Series, entry.Type);
        Assert.Equal(2, entry.Seasons);
        Assert.Null(entry.RuntimeMinutes);
        Assert.Equal(17, entry.MinAge);
    }

    [Fact]
    public void A_feed_without_the_OTT_column_is_fine()
    {
        var csv = "show_id,type,title,director,cast,country,date_added,release_year,rating,duration,listed_in,description\n"
            + "s1,Movie,X,,,,,2001,,,,\n";
        var result = Read(csv);
        Assert.Null(result.FatalError);
        Assert.Single(result.Entries);
    }

    [Fact]
    public void Rejects_a_row_without_show_id() =>
        Assert.Equal(RejectionReasons.MissingShowId, RejectedRow(Row(showId: " ")).Reason);

    [Fact]
    public void Rejects_a_repeated_show_id() =>
        Assert.Equal(RejectionReasons.DuplicateShowId, RejectedRow(Row(showId: "s0", title: "Other")).Reason);

    [Fact]
    public void Rejects_an_unknown_type() =>
        Assert.Equal(RejectionReasons.UnknownType, RejectedRow(Row(showId: "s2", type: "Podcast")).Reason);

    [Fact]
    public void Rejects_a_row_without_title() =>
        Assert.Equal(RejectionReasons.MissingTitle, RejectedRow(Row(showId: "s2", title: "\u200B ")).Reason);

    [Theory]
    [InlineData("")]
    [InlineData("20x0")]
    [InlineData("1879")]
    [InlineData("2031")]
    [InlineData("-2000")]
    public void Rejects_a_missing_or_implausible_release_year(string year) =>
        Assert.Equal(RejectionReasons.InvalidReleaseYear, RejectedRow(Row(showId: "s2", year: year)).Reason);

    [Fact]
    public void The_newest_release_year_is_a_limit_not_a_clock()
    {
        var result = Read(Feed(Row(year: "2031")), limits: IngestionLimits.Default with { MaxReleaseYear = 2031 });
        Assert.Single(result.Entries);
    }

    [Fact]
    public void Rejects_a_second_listing_of_the_same_title_in_one_feed_keeping_the_first()
    {
        var rejection = RejectedRow(Row(showId: "s2", title: "FINE!"));
        Assert.Equal(RejectionReasons.DuplicateTitleInFeed, rejection.Reason);
        Assert.Equal(3, rejection.Line);
        Assert.Equal("s2,Movie,FINE!", rejection.Example);
    }

    [Fact]
    public void Namesakes_of_one_year_with_different_directors_are_not_duplicates()
    {
        var result = Read(Feed(Row(showId: "s1", title: "Verónica", director: "Carlos Algara"), Row(showId: "s2", title: "Veronica", director: "Paco Plaza")));
        Assert.Empty(result.Rejections);
        Assert.Equal(2, result.Entries.Count);
    }

    [Fact]
    public void The_same_title_in_another_year_or_type_is_not_a_duplicate()
    {
        var result = Read(Feed(Row(showId: "s1"), Row(showId: "s2", year: "2021"), Row(showId: "s3", type: "TV Show", duration: "1 Season")));
        Assert.Equal(3, result.Entries.Count);
    }

    [Fact]
    public void Rejects_a_row_with_too_few_columns() =>
        Assert.Equal(RejectionReasons.TooFewColumns, RejectedRow("s2,Movie,Short").Reason);

    [Fact]
    public void A_row_with_50_columns_is_rejected_and_the_rest_of_the_feed_is_fine()
    {
        var wide = Row(showId: "s2") + new string(',', 37);
        var result = Read(Feed(Row(showId: "s1"), wide, Row(showId: "s3", title: "Later")));
        Assert.Null(result.FatalError);
        Assert.Equal(["s1", "s3"], result.Entries.Select(e => e.ShowId));
        var rejection = Assert.Single(result.Rejections);
        Assert.Equal(RejectionReasons.TooManyColumns, rejection.Reason);
        Assert.Equal(3, rejection.Line);
        Assert.Equal(3, result.RowsRead);
    }
}
