using MediaDiscovery.Core.Recommendations;

namespace MediaDiscovery.Core.Tests.Recommendations;

public sealed class ModelTests
{
    // Users: 1 {10, 11}, 2 {10, 11, 12}, 3 {12, 13}. Item indices follow ids: 10→0, 11→1, 12→2, 13→3.
    private static readonly SparseUserItemMatrix Data = SparseUserItemMatrix.Build(
    [
        new(1, 10, 1, 0), new(1, 11, 1, 0),
        new(2, 10, 1, 0), new(2, 11, 1, 0), new(2, 12, 1, 0),
        new(3, 12, 1, 0), new(3, 13, 1, 0),
    ]);

    [Fact]
    public void Popularity_scores_train_counts_and_is_versioned()
    {
        var model = PopularityModel.Train(Data, DateTimeOffset.UnixEpoch);
        var scores = new float[4];

        model.Score([0], scores);

        Assert.Equal([2f, 2f, 2f, 1f], scores);
        Assert.StartsWith("popularity/count/u3-i4-nz7/19700101", model.Version, StringComparison.Ordinal);
    }

    [Fact]
    public void Knn_keeps_the_top_cosine_neighbours_and_sums_them()
    {
        var model = ItemKnnModel.Train(Data, DateTimeOffset.UnixEpoch, neighbours: 1);

        // cos(10, 11) = 2 / √(2·2) = 1; cos(12, 13) = 1 / √(2·1) ≈ 0.707; cos(12, 10) = 1 / 2.
        var (items, similarities) = model.NeighboursOf(2);
        Assert.Equal([3], items);
        Assert.Equal(1 / MathF.Sqrt(2), similarities[0], 5);

        var scores = new float[4];
        model.Score([0, 2], scores);
        Assert.Equal([0f, 1f, 0f, 1 / MathF.Sqrt(2)], scores, new ToleranceComparer(1e-5f));
    }

    [Fact]
    public void Ease_matches_the_closed_form_computed_directly()
    {
        const double lambda = 0.5;
        var model = EaseModel.Train(Data, DateTimeOffset.UnixEpoch, lambda);

        // Direct: P = (XᵀX + λI)⁻¹, B = −P / diag(P). Here users (3) < items (4), so the model takes the Woodbury path.
        var gram = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseOfArray(new double[,]
        {
            { 2 + lambda, 2, 1, 0 }, { 2, 2 + lambda, 1, 0 }, { 1, 1, 2 + lambda, 1 }, { 0, 0, 1, 1 + lambda },
        });
        var p = gram.Inverse();
        for (var i = 0; i < 4; i++)
        {
            for (var j = 0; j < 4; j++)
                Assert.Equal(i == j ? 0 : -p[i, j] / p[j, j], model.Weight(i, j), 4);
        }

        var scores = new float[4];
        model.Score([0, 3], scores);
        Assert.Equal(model.Weight(0, 2) + model.Weight(3, 2), scores[2], 5);
    }

    [Fact]
    public void Ensemble_min_max_normalises_each_strategy_over_the_users_candidates()
    {
        var popularity = PopularityModel.Train(Data, DateTimeOffset.UnixEpoch);
        var knn = ItemKnnModel.Train(Data, DateTimeOffset.UnixEpoch, neighbours: 1);
        var ensemble = new RecommendationEnsemble([(popularity, 1.0), (knn, 3.0)]);

        var scores = new float[4];
        ensemble.Score([0], scores);

        // Candidates 11, 12, 13. Popularity 2, 2, 1 → 1, 1, 0; kNN (neighbour of 10 is 11) 1, 0, 0 → 1, 0, 0.
        Assert.Equal(1 + 3f, scores[1], 5);
        Assert.Equal(1f, scores[2], 5);
        Assert.Equal(0f, scores[3], 5);
        Assert.Contains("3*item_knn", ensemble.Version, StringComparison.Ordinal);
    }

    private sealed class ToleranceComparer(float tolerance) : IEqualityComparer<float>
    {
        public bool Equals(float x, float y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(float obj) => 0;
    }
}
