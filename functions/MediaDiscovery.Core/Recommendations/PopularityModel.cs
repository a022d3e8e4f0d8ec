namespace MediaDiscovery.Core.Recommendations;

/// <summary>The baseline: an item's score is the number of users who have it in training; the same for everyone.</summary>
public sealed class PopularityModel : IRecommendationModel
{
    private readonly float[] _counts;

    private PopularityModel(float[] counts, string version)
    {
        _counts = counts;
        Version = version;
    }

    public string Name => "popularity";

    public string Version { get; }

    public int ItemCount => _counts.Length;

    public static PopularityModel Train(SparseUserItemMatrix data, DateTimeOffset trainedAt)
    {
        ArgumentNullException.ThrowIfNull(data);
        var counts = new float[data.ItemCount];
        for (var u = 0; u < data.UserCount; u++)
        {
            foreach (var item in data.ItemsOf(u))
                counts[item]++;
        }
        return new PopularityModel(counts, ModelVersion.Of("popularity", "count", data, trainedAt));
    }

    public void Score(ReadOnlySpan<int> userItems, Span<float> scores) => _counts.CopyTo(scores);
}
