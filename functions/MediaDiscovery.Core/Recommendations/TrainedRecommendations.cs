namespace MediaDiscovery.Core.Recommendations;

/// <summary>Everything one training produced, served together and replaced whole.</summary>
/// <param name="Collaborative">Null when there were too few users or titles for item-item weights.</param>
public sealed record TrainedRecommendations(string Version, CollaborativeModel? Collaborative, TrendingModel Trending, DateTimeOffset TrainedAt)
{
    /// <summary>The training's own validation of which strategy leads (null when there was too little data to tell).</summary>
    public StrategyValidation? Validation { get; init; }

    /// <summary>The most liked titles in the training data (users and audience), most first: what validation calls popularity.</summary>
    public IReadOnlyList<StrategyCandidate> Popular { get; init; } = [];

    /// <summary>Before the first training: trending falls back to the catalog prior, no collaborative scores.</summary>
    public static TrainedRecommendations Untrained { get; } = new("untrained", null, TrendingModel.Empty, DateTimeOffset.MinValue);
}
