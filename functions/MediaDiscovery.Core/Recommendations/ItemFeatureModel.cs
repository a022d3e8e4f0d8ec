using System.Globalization;

namespace MediaDiscovery.Core.Recommendations;

/// <summary>
/// Content-based scoring over item features (e.g. MovieLens genres): the user's profile is the sum of their items'
/// TF-IDF feature vectors (each item L2-normalised), an item's score is the dot product of the profile with its
/// own normalised vector. The offline counterpart of <see cref="ContentStrategy"/>'s genre/people fallback.
/// </summary>
public sealed class ItemFeatureModel : IRecommendationModel
{
    private readonly int[][] features;
    private readonly float[][] weights;
    private readonly int featureCount;

    private ItemFeatureModel(int[][] features, float[][] weights, int featureCount, string version)
    {
        this.features = features;
        this.weights = weights;
        this.featureCount = featureCount;
        Version = version;
    }

    public string Name => "content";

    public string Version { get; }

    public int ItemCount => features.Length;

    /// <param name="featuresOf">An item id's features; items without any score 0.</param>
    public static ItemFeatureModel Train(SparseUserItemMatrix data, Func<int, IReadOnlyList<string>> featuresOf, DateTimeOffset trainedAt)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(featuresOf);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var itemFeatures = data.ItemIds.Select(item => featuresOf(item).Distinct().Select(f => ids.TryGetValue(f, out var i) ? i : ids[f] = ids.Count).ToArray()).ToArray();
        var documentFrequency = new int[ids.Count];
        foreach (var item in itemFeatures)
        {
            foreach (var f in item)
                documentFrequency[f]++;
        }
        var idf = documentFrequency.Select(df => (float)Math.Log((double)itemFeatures.Length / df)).ToArray();
        var itemWeights = itemFeatures.Select(item =>
        {
            var w = item.Select(f => idf[f]).ToArray();
            var norm = MathF.Sqrt(w.Sum(x => x * x));
            return norm == 0 ? w : w.Select(x => x / norm).ToArray();
        }).ToArray();
        var parameters = string.Create(CultureInfo.InvariantCulture, $"tfidf-f{ids.Count}");
        return new ItemFeatureModel(itemFeatures, itemWeights, ids.Count, ModelVersion.Of("content", parameters, data, trainedAt));
    }

    public void Score(ReadOnlySpan<int> userItems, Span<float> scores)
    {
        var profile = new float[featureCount];
        foreach (var item in userItems)
        {
            for (var k = 0; k < features[item].Length; k++)
                profile[features[item][k]] += weights[item][k];
        }
        for (var j = 0; j < features.Length; j++)
        {
            var sum = 0f;
            for (var k = 0; k < features[j].Length; k++)
                sum += profile[features[j][k]] * weights[j][k];
            scores[j] = sum;
        }
    }
}
