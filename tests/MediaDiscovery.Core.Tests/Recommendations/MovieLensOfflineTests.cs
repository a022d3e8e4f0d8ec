using System.Globalization;
using MediaDiscovery.Core.Recommendations;
using MediaDiscovery.Core.Users;
using MediaDiscovery.Testing;

namespace MediaDiscovery.Core.Tests.Recommendations;

/// <summary>The issue 6 protocol on MovieLens latest-small (research data: tests and the evaluation command only).</summary>
public sealed class MovieLensOfflineTests : IClassFixture<MovieLensOfflineTests.Trained>
{
    private readonly Trained _data;

    public MovieLensOfflineTests(Trained data) => _data = data;

    /// <summary>Splits and trains once for the class.</summary>
    public sealed class Trained
    {
        public Trained()
        {
            if (SharedData.MovieLens is null)
                return;
            Split = OfflineEvaluation.Split(MovieLensRatings.Read(SharedData.MovieLens));
            Train = SparseUserItemMatrix.Build(Split.Train);
            Popularity = PopularityModel.Train(Train, DateTimeOffset.UtcNow);
            Ease = EaseModel.Train(Train, DateTimeOffset.UtcNow);
        }

        public OfflineSplit? Split { get; }
        public SparseUserItemMatrix? Train { get; }
        public PopularityModel? Popularity { get; }
        public EaseModel? Ease { get; }
    }

    [Fact]
    public void The_split_reproduces_the_reference_item_count()
    {
        Assert.True(_data.Train is not null, SharedData.MissingMessage);
        Assert.Equal(5300, _data.Train.ItemCount);
    }

    [Fact]
    public void Popularity_is_close_to_the_reference()
    {
        Assert.True(_data.Popularity is not null, SharedData.MissingMessage);
        var metrics = OfflineEvaluation.Evaluate(_data.Train!, _data.Split!, _data.Popularity);
        Assert.InRange(metrics.RecallAt20, 0.082, 0.092);
        Assert.InRange(metrics.NdcgAt20, 0.065, 0.075);
    }

    [Fact]
    public void Ease_reaches_the_targets()
    {
        Assert.True(_data.Ease is not null, SharedData.MissingMessage);
        var metrics = OfflineEvaluation.Evaluate(_data.Train!, _data.Split!, _data.Ease);
        Assert.True(metrics.RecallAt20 >= 0.16, $"Recall@20 {metrics.RecallAt20}");
        Assert.True(metrics.NdcgAt20 >= 0.12, $"NDCG@20 {metrics.NdcgAt20}");
    }

    /// <summary>
    /// The product's collaborative model (title ids, user events, <see cref="PositiveSignals"/>) trained on the
    /// same training ratings reaches the same targets as the offline EASE: the engine is what was evaluated.
    /// </summary>
    [Fact]
    public void The_products_collaborative_model_reaches_the_targets_from_rating_events()
    {
        Assert.True(_data.Split is not null, SharedData.MissingMessage);
        static string Id(int movie) => "m" + movie.ToString(CultureInfo.InvariantCulture);
        var events = _data.Split.Train.Select(r => new UserEvent(
            r.UserId.ToString(CultureInfo.InvariantCulture), r.UserId + "-" + r.ItemId, Id(r.ItemId), UserEventKind.Rating, r.Weight, null,
            DateTimeOffset.FromUnixTimeSeconds(r.Timestamp)));
        var model = CollaborativeModel.Train(CollaborativeModel.LikesByUser(events), DateTimeOffset.UnixEpoch, EaseModel.DefaultLambda, 10_000)!;

        double recall = 0, ndcg = 0;
        foreach (var (user, test) in _data.Split.TestItemsByUser)
        {
            var liked = _data.Split.Train.Where(r => r.UserId == user).Select(r => Id(r.ItemId)).ToList();
            var top = model.Recommend(liked, _ => true, OfflineEvaluation.Cutoff).Select(c => c.TitleId).ToList();
            var relevant = test.Select(Id).ToHashSet();
            var hits = top.Select((id, rank) => (id, rank)).Where(p => relevant.Contains(p.id)).ToList();
            var idealHits = Math.Min(OfflineEvaluation.Cutoff, test.Count);
            recall += (double)hits.Count / idealHits;
            ndcg += hits.Sum(p => 1 / Math.Log2(p.rank + 2)) / Enumerable.Range(0, idealHits).Sum(r => 1 / Math.Log2(r + 2));
        }
        Assert.True(recall / _data.Split.TestItemsByUser.Count >= 0.16, $"Recall@20 {recall / _data.Split.TestItemsByUser.Count}");
        Assert.True(ndcg / _data.Split.TestItemsByUser.Count >= 0.12, $"NDCG@20 {ndcg / _data.Split.TestItemsByUser.Count}");
    }
}
