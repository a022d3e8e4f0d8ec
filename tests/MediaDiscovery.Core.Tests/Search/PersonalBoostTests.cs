using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Core.Tests.Search;

public sealed class PersonalBoostTests
{
    private static Title T(string id, string[] genres, string[]? cast = null) =>
        new() { Id = id, Name = id, Type = ContentType.Movie, Genres = genres, Cast = cast ?? [] };

    private static RankedTitle R(Title t, double score) => new(t, score, MatchSource.Bm25);

    [Fact]
    public void A_liked_genre_lifts_a_close_match_above_fiction_but_not_past_a_clearly_better_one()
    {
        var boost = PersonalBoost.From(["documentary"], [], []);
        var fused = new[]
        {
            R(T("best", ["drama"]), 1.00),
            R(T("close", ["comedy"]), 0.50),
            R(T("doc", ["documentary"]), 0.48),
        };
        var lifted = boost.Apply(fused);
        Assert.Equal(["best", "doc", "close"], lifted.Select(r => r.Title.Id));
        Assert.InRange(lifted[1].Score, 0.48, 0.48 * (1 + PersonalBoost.MaxLift));
    }

    [Fact]
    public void Liked_titles_give_their_genres_and_people_a_share_and_avoided_genres_none()
    {
        var liked = new List<(Title, double)> { (T("a", ["documentary", "music"], ["Banksy"]), 1.0), (T("b", ["documentary"]), 1.0) };
        var boost = PersonalBoost.From([], ["music"], liked);
        Assert.Equal(PersonalBoost.MaxLift * 0.7, boost.Lift(T("x", ["documentary"])), 6);
        Assert.Equal(0, boost.Lift(T("y", ["music"])));
        Assert.Equal(PersonalBoost.MaxLift * 0.3 * 0.5, boost.Lift(T("z", ["drama"], ["Banksy"])), 6);
        Assert.InRange(boost.Lift(T("w", ["documentary"], ["Banksy"])), 0, PersonalBoost.MaxLift);
    }

    [Fact]
    public void No_signal_is_no_boost_and_changes_nothing()
    {
        var boost = PersonalBoost.From([], [], []);
        Assert.True(boost.IsEmpty);
        var fused = new[] { R(T("a", ["drama"]), 1), R(T("b", ["documentary"]), 0.99) };
        Assert.Same(fused, boost.Apply(fused));
    }

    [Fact]
    public void The_fingerprint_follows_the_taste()
    {
        var one = PersonalBoost.From(["documentary"], [], []);
        Assert.Equal(one.Fingerprint(), PersonalBoost.From(["Documentary"], [], []).Fingerprint());
        Assert.NotEqual(one.Fingerprint(), PersonalBoost.From(["documentary", "music"], [], []).Fingerprint());
    }
}
