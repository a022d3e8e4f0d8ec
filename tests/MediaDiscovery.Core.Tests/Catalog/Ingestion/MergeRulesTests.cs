using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Catalog.Ingestion;
using static MediaDiscovery.Core.Tests.Catalog.Ingestion.Entries;

namespace MediaDiscovery.Core.Tests.Catalog.Ingestion;

public sealed class MergeRulesTests
{
    [Fact]
    public void The_same_movie_on_two_platforms_becomes_one_title_with_two_availabilities()
    {
        var title = Assert.Single(Merge(
            Movie("netflix", "s1", "Stuart Little", 1999, ["Rob Minkoff"]),
            Movie("prime-video", "s9", "STUART LITTLE", 1999, ["Rob Minkoff"])));
        Assert.Equal(["netflix", "prime-video"], title.Availability.Select(a => a.Platform));
        Assert.Equal(["s1", "s9"], title.Availability.Select(a => a.ShowId));
        Assert.All(title.Availability, a =>
        {
            Assert.True(a.Available);
            Assert.Null(a.LastVerifiedAt);
            Assert.Null(a.ChangedAt);
            Assert.Null(a.Url);
        });
        Assert.Equal(TitleIds.For("Stuart Little", ContentType.Movie, 1999), title.Id);
    }

    [Fact]
    public void Two_films_called_Us_with_different_directors_stay_separate_even_in_the_same_year()
    {
        var titles = Merge(
            Movie("netflix", "s1", "Us", 2019, ["Jordan Peele"]),
            Movie("prime-video", "s2", "Us", 2019, ["Someone Else"]));
        Assert.Equal(2, titles.Count);
        Assert.Equal(2, titles.Select(t => t.Id).Distinct().Count());
    }

    [Fact]
    public void Movies_a_year_apart_merge_only_when_a_director_or_cast_member_agrees()
    {
        Assert.Single(Merge(
            Movie("hulu", "s1", "The Artist", 2011, cast: ["Jean Dujardin"]),
            Movie("netflix", "s2", "The Artist", 2012, cast: ["Bérénice Bejo", "Jean Dujardin"])));
        Assert.Equal(2, Merge(
            Movie("hulu", "s1", "The Artist", 2011),
            Movie("netflix", "s2", "The Artist", 2012)).Count);
    }

    [Fact]
    public void Movies_two_years_apart_never_merge()
    {
        Assert.Equal(2, Merge(
            Movie("hulu", "s1", "Heat", 1995, ["Michael Mann"]),
            Movie("netflix", "s2", "Heat", 1997, ["Michael Mann"])).Count);
    }

    [Fact]
    public void A_movie_and_a_series_with_the_same_name_stay_separate()
    {
        Assert.Equal(2, Merge(
            Movie("hulu", "s1", "Fargo", 1996),
            Series("netflix", "s2", "Fargo", 1996)).Count);
    }

    [Fact]
    public void A_series_listed_with_its_latest_year_merges_with_its_first_year_when_seasons_span_the_gap()
    {
        var title = Assert.Single(Merge(
            Series("hulu", "s1", "Cheers", 1982, seasons: 11),
            Series("netflix", "s2", "Cheers", 1992, seasons: 11)));
        Assert.Equal(1982, title.ReleaseYear);
        Assert.Equal(11, title.Seasons);
    }

    [Fact]
    public void Series_within_three_years_merge_but_not_further_apart()
    {
        Assert.Single(Merge(Series("hulu", "s1", "Silk", 2011), Series("prime-video", "s2", "Silk", 2014)));
        Assert.Equal(2, Merge(Series("hulu", "s1", "Silk", 2011), Series("prime-video", "s2", "Silk", 2015)).Count);
    }

    [Fact]
    public void Series_with_disjoint_casts_or_countries_stay_separate()
    {
        Assert.Equal(2, Merge(
            Series("hulu", "s1", "The Office", 2005, cast: ["Steve Carell"]),
            Series("netflix", "s2", "The Office", 2005, cast: ["Ricky Gervais"])).Count);
        Assert.Equal(2, Merge(
            Series("hulu", "s1", "The Office", 2005, countries: ["United States"]),
            Series("netflix", "s2", "The Office", 2005, countries: ["United Kingdom"])).Count);
        Assert.Single(Merge(
            Series("hulu", "s1", "The Office", 2005, countries: ["United States"]),
            Series("netflix", "s2", "The Office", 2005, cast: ["Steve Carell"], countries: ["United States", "Canada"])));
    }

    [Fact]
    public void Two_rows_of_one_platform_never_merge()
    {
        var titles = Merge(
            Movie("netflix", "s1", "Snow White", 1987, ["Michael Berz"]),
            Movie("netflix", "s2", "Snow White", 1987, ["Michael Berz"]));
        Assert.Equal(2, titles.Count);
        Assert.Equal(2, titles.Select(t => t.Id).Distinct().Count());
    }

    [Fact]
    public void An_entry_joins_the_closest_year_of_several_namesakes()
    {
        var titles = Merge(
            Movie("hulu", "s1", "Twins", 1988, ["Ivan Reitman"]),
            Movie("hulu", "s2", "Twins", 1990, ["Ivan Reitman"]),
            Movie("netflix", "s3", "Twins", 1989, ["Ivan Reitman"]));
        Assert.Equal(2, titles.Count);
        var merged = Assert.Single(titles, t => t.Availability.Count == 2);
        Assert.Equal(["s1", "s3"], merged.Availability.Select(a => a.ShowId));
    }

    [Fact]
    public void Merged_fields_prefer_the_richest_values()
    {
        var title = Assert.Single(Merge(
            new CatalogEntry
            {
                Platform = "netflix",
                ShowId = "n1",
                Name = "Blood & Water",
                Type = ContentType.Series,
                ReleaseYear = 2021,
                Seasons = 2,
                Genres = ["drama", "international"],
                Cast = ["Ama Qamata"],
                Countries = ["South Africa"],
                Description = "Short.",
                MaturityRating = "NR",
                DateAdded = new DateOnly(2021, 9, 24),
                Line = 2,
            },
            new CatalogEntry
            {
                Platform = "hulu",
                ShowId = "h1",
                Name = "Blood and Water",
                Type = ContentType.Series,
                ReleaseYear = 2020,
                Seasons = 1,
                Genres = ["drama", "teen"],
                Cast = ["Khosi Ngema", "Ama Qamata"],
                Countries = [],
                Description = "A much longer description.",
                MaturityRating = "TV-MA",
                MinAge = 17,
                Line = 2,
            }));
        Assert.Equal("Blood and Water", title.Name); // hulu sorts before netflix
        Assert.Equal(2020, title.ReleaseYear);
        Assert.Equal(["drama", "international", "teen"], title.Genres);
        Assert.Equal(["Khosi Ngema", "Ama Qamata"], title.Cast);
        Assert.Equal(["South Africa"], title.Countries);
        Assert.Equal("A much longer description.", title.Description);
        Assert.Equal(("TV-MA", 17), (title.MaturityRating, title.MinAge));
        Assert.Equal(2, title.Seasons);
        Assert.Equal(new DateOnly(2021, 9, 24), title.Availability.Single(a => a.Platform == "netflix").DateAdded);
        Assert.Equal(TitleIds.For("Blood and Water", ContentType.Series, 2020), title.Id);
    }

    [Fact]
    public void Unusable_feeds_contribute_no_titles_but_are_reported()
    {
        var feeds = Feeds(Movie("netflix", "s1", "Kept", 2000));
        feeds.Add(new PlatformFeedResult { Platform = "hulu", FatalError = "unexpected header", RowsRead = 0 });
        var snapshot = FeedCsv.Pipeline.Merge(feeds, scores: null);
        Assert.Single(snapshot.Titles);
        Assert.Equal("unexpected header", snapshot.Report.Platforms.Single(p => p.Platform == "hulu").FatalError);
    }
}
