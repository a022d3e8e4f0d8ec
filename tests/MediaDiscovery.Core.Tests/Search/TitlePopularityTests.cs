using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Search;
using MediaDiscovery.Testing;

namespace MediaDiscovery.Core.Tests.Search;

public sealed class TitlePopularityTests
{
    private static Title With(TitleScores scores) => SampleTitles.Movie("Film", 2000, ("netflix", "s1")) with { Scores = scores };

    [Fact]
    public void Widely_seen_beats_equally_acclaimed_but_rarely_seen()
    {
        var seen = With(new TitleScores { RottenTomatoes = 90, AudienceRatings = 215 });
        var rare = With(new TitleScores { RottenTomatoes = 90, AudienceRatings = 2 });
        var unknownToMovieLens = With(new TitleScores { RottenTomatoes = 90 });

        Assert.True(TitlePopularity.Of(seen) > TitlePopularity.Of(rare));
        Assert.True(TitlePopularity.Of(rare) > TitlePopularity.Of(unknownToMovieLens));
    }

    [Fact]
    public void Without_ratings_the_order_of_the_other_signals_is_kept()
    {
        var acclaimed = With(new TitleScores { RottenTomatoes = 98 });
        var panned = With(new TitleScores { RottenTomatoes = 20 });
        var unscored = With(TitleScores.None);

        Assert.True(TitlePopularity.Of(acclaimed) > TitlePopularity.Of(panned));
        Assert.True(TitlePopularity.Of(panned) > TitlePopularity.Of(unscored));
    }

    [Theory]
    [InlineData(0, 0.0)]
    [InlineData(100, 1.0)]
    [InlineData(5_000, 1.0)]
    public void Reach_is_log_scaled_and_capped(int ratings, double reach) =>
        Assert.Equal(reach, TitlePopularity.Reach(With(new TitleScores { AudienceRatings = ratings })), 6);

    [Theory]
    [InlineData(null, 0.0)]
    [InlineData(1, 0.0)]
    [InlineData(2, 1 / 3.0)]
    [InlineData(8, 1.0)]
    [InlineData(32, 1.0)]
    public void A_series_reaches_by_the_seasons_it_ran(int? seasons, double reach) =>
        Assert.Equal(reach, TitlePopularity.Reach(SampleTitles.Series("Show", 2010, ("netflix", "s1")) with { Seasons = seasons }), 6);

    [Fact]
    public void A_renewed_series_beats_an_equally_scored_one_season_series_and_seasons_mean_nothing_for_a_film()
    {
        var series = SampleTitles.Series("Show", 2010, ("netflix", "s1")) with { Scores = new TitleScores { Imdb = 8.0 } };

        Assert.True(TitlePopularity.Of(series with { Seasons = 6 }) > TitlePopularity.Of(series with { Seasons = 1 }));
        Assert.Equal(0, TitlePopularity.Reach(With(TitleScores.None) with { Seasons = 6 }));
    }

    [Fact]
    public void Stays_within_zero_and_one()
    {
        var most = SampleTitles.Movie("Film", 2000, ("netflix", "a"), ("hulu", "b"), ("disney-plus", "c")) with
        {
            Scores = new TitleScores { RottenTomatoes = 100, AudienceRatings = 10_000 },
        };
        var least = With(TitleScores.None) with { Availability = [] };

        Assert.Equal(1.0, TitlePopularity.Of(most), 6);
        Assert.Equal(0.0, TitlePopularity.Of(least), 6);
    }
}
