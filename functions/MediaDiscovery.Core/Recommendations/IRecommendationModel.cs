namespace MediaDiscovery.Core.Recommendations;

/// <summary>
/// A trained, immutable recommendation strategy. Scores are over the item index space of the
/// <see cref="SparseUserItemMatrix"/> it was trained on; higher is better. Items the user already has are
/// scored like any other: excluding them is the caller's choice.
/// </summary>
public interface IRecommendationModel
{
    /// <summary>Short strategy name, e.g. <c>ease</c>; used as the metric prefix.</summary>
    string Name { get; }

    /// <summary>Identifies this trained instance (strategy, parameters, training data size, training time).</summary>
    string Version { get; }

    int ItemCount { get; }

    /// <summary>Writes a score for every item into <paramref name="scores"/> (length <see cref="ItemCount"/>).</summary>
    /// <param name="userItems">Item indices of the user's history (binary: presence is the signal).</param>
    void Score(ReadOnlySpan<int> userItems, Span<float> scores);
}
