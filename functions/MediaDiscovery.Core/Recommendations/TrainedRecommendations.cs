namespace MediaDiscovery.Core.Recommendations;

/// <summary>Everything one training produced, served together and replaced whole.</summary>
/// <param name="Collaborative">Null when there were too few users or titles for item-item weights.</param>
public sealed record TrainedRecommendations(string Version, CollaborativeModel? Collaborative, TrendingModel Trending, DateTimeOffset TrainedAt)
{
    /// <summary>Before the first training: trending falls back to the catalog prior, no collaborative scores.</summary>
    public static TrainedRecommendations Untrained { get; } = new("untrained", null, TrendingModel.Empty, DateTimeOffset.MinValue);
}
