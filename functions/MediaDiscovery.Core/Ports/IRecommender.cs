using MediaDiscovery.Core.Recommendations;

namespace MediaDiscovery.Core.Ports;

/// <summary>
/// The final recommendation list for one person: strategies blended, watched titles and titles on none of their
/// platforms dropped, maturity respected, diversified, each with a reason. No per-request training.
/// </summary>
public interface IRecommender
{
    Task<IReadOnlyList<Recommendation>> RecommendAsync(RecommendationRequest request, CancellationToken ct = default);
}
