using MediaDiscovery.Core.Recommendations;
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
}
