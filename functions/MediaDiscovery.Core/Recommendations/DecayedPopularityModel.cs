using System.Globalization;

namespace MediaDiscovery.Core.Recommendations;

/// <summary>
/// Trending offline: an item's score is Σ 0.5^(age / half-life) over its training interactions, ages measured
/// from the latest training timestamp (the offline "now"); the same for everyone. The offline counterpart of
/// <see cref="TrendingModel"/>.
/// </summary>
public sealed class DecayedPopularityModel : IRecommendationModel
{
    private readonly float[] scores;

    private DecayedPopularityModel(float[] scores, string version)
    {
        this.scores = scores;
        Version = version;
    }

    public string Name => "trending";

    public string Version { get; }

    public int ItemCount => scores.Length;

    public static DecayedPopularityModel Train(SparseUserItemMatrix data, IEnumerable<Interaction> interactions, TimeSpan halfLife, DateTimeOffset trainedAt)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(interactions);
        var list = interactions.ToList();
        var now = list.Count == 0 ? 0 : list.Max(i => i.Timestamp);
        var result = new float[data.ItemCount];
        foreach (var interaction in list)
        {
            if (data.ItemIndexOf(interaction.ItemId) is { } item)
                result[item] += (float)Decay.Factor(TimeSpan.FromSeconds(now - interaction.Timestamp), halfLife);
        }
        var parameters = string.Create(CultureInfo.InvariantCulture, $"halflife{halfLife.TotalDays}d");
        return new DecayedPopularityModel(result, ModelVersion.Of("trending", parameters, data, trainedAt));
    }

    public void Score(ReadOnlySpan<int> userItems, Span<float> scores) => this.scores.CopyTo(scores);
}
