using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Recommendations;
using MediaDiscovery.Core.Search;
using static MediaDiscovery.Core.Tests.Recommendations.Engine.EngineFixtures;

namespace MediaDiscovery.Core.Tests.Recommendations.Engine;

public sealed class ContentStrategyTests
{
    private static readonly Title Heat = Movie("Heat", 1995, ["crime", "thriller"], directors: ["Michael Mann"]);
    private static readonly Title Collateral = Movie("Collateral", 2004, ["crime", "thriller"], directors: ["Michael Mann"]);
    private static readonly Title Ronin = Movie("Ronin", 1998, ["action", "thriller"]);
    private static readonly Title Frozen = Movie("Frozen", 2013, ["animation", "family"]);
    private static readonly Title Moana = Movie("Moana", 2016, ["animation", "family"]);
    private static readonly TitleTable Table = TitleTable.Build([Heat, Collateral, Ronin, Frozen, Moana], 1);

    [Fact]
    public void Without_vectors_shared_genres_and_people_rank_candidates()
    {
        var taste = UserTaste.From([View("u", Heat, Now)], Now, TimeSpan.FromDays(90));

        var top = new ContentStrategy(null).Recommend(Table, taste, t => !taste.Consumed.Contains(t.Id), 10);

        Assert.Equal([Collateral.Id, Ronin.Id], top.Select(c => c.TitleId));
        Assert.All(top, c => Assert.Equal(Heat.Id, c.Because));
    }

    [Fact]
    public void With_vectors_the_profile_leans_to_recent_and_strong_likes_and_credits_the_nearest_like()
    {
        // Two axes: crime (x) and animation (y). Heat was liked long ago, Frozen yesterday at 5 stars.
        var vectors = new FakeVectors(Table, new()
        {
            [Heat.Id] = [1, 0],
            [Collateral.Id] = [0.9f, 0.1f],
            [Ronin.Id] = [0.8f, 0.2f],
            [Frozen.Id] = [0, 1],
            [Moana.Id] = [0.1f, 0.9f],
        });
        var taste = UserTaste.From([View("u", Heat, Now.AddDays(-400)), Rate("u", Frozen, 5, Now.AddDays(-1))], Now, TimeSpan.FromDays(90));

        var top = new ContentStrategy(vectors).Recommend(Table, taste, t => !taste.Consumed.Contains(t.Id), 3);

        Assert.Equal(Moana.Id, top[0].TitleId);
        Assert.Equal(Frozen.Id, top[0].Because);
        Assert.Equal(Heat.Id, top.Single(c => c.TitleId == Collateral.Id).Because);
    }

    private sealed class FakeVectors(TitleTable table, Dictionary<string, float[]> rows) : ITitleVectors
    {
        public int Dimensions => 2;

        public bool TryGetVector(string titleId, Span<float> destination)
        {
            if (!rows.TryGetValue(titleId, out var row))
                return false;
            var norm = MathF.Sqrt(row.Sum(x => x * x));
            for (var i = 0; i < row.Length; i++)
                destination[i] = row[i] / norm;
            return true;
        }

        public IReadOnlyList<SimilarTitle> Nearest(ReadOnlySpan<float> query, Func<Title, bool>? accept, int k)
        {
            var q = query.ToArray();
            var norm = MathF.Sqrt(q.Sum(x => x * x));
            var unit = new float[2];
            return table.Titles.Where(t => accept?.Invoke(t) != false && TryGetVector(t.Id, unit))
                .Select(t => { TryGetVector(t.Id, unit); return new SimilarTitle(t.Id, ((q[0] * unit[0]) + (q[1] * unit[1])) / norm); })
                .OrderByDescending(h => h.Similarity).Take(k).ToList();
        }
    }
}
