namespace MediaDiscovery.Core.Ports;

/// <summary>Retrains the collaborative model from every user's events and swaps it in once it serves.</summary>
public interface IRecommendationTraining
{
    /// <summary>The version of the model serving now; null before the first training.</summary>
    string? CurrentVersion { get; }

    /// <summary>The serving model's own validation of which strategy leads; null when it had too little data to tell.</summary>
    Recommendations.StrategyValidation? CurrentValidation => null;

    /// <summary>Trains now and returns once the new model serves; returns its version.</summary>
    Task<string> TrainNowAsync(CancellationToken ct = default);
}
