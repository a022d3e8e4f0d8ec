using MediaDiscovery.Hosting.Contracts;

namespace MediaDiscovery.Functions.Recommendations;

/// <summary>One recommendation on the wire: the title as a search result shows it, and why it is there.</summary>
public sealed record RecommendationView(TitleView Title, double Score, string Strategy, string Reason);

/// <summary><c>GET /api/v1/recommendations</c> (API.md). <see cref="Platforms"/> is what the list was limited to.</summary>
public sealed record RecommendationsResponse(
    string UserId,
    IReadOnlyList<RecommendationView> Recommendations,
    IReadOnlyList<string> Platforms,
    string? ModelVersion,
    DateTimeOffset GeneratedAt,
    DateTimeOffset ExpiresAt);

/// <summary>
/// <c>POST /api/v1/admin/recommendations/train</c>: the version now serving, how long training took, and the training's
/// own validation (null when there was too little data to tell).
/// </summary>
public sealed record TrainingResponse(string ModelVersion, double TookMs, TrainingValidation? Validation = null);

/// <summary>Recall@20 on the training's validation split, per strategy, and which strategy leads the lists.</summary>
public sealed record TrainingValidation(int People, double CollaborativeRecallAt20, double PopularityRecallAt20, string Leader);

/// <summary>A recommendation list as cached: ids and reasons only, so titles render with current availability.</summary>
public sealed record CachedRecommendations(
    IReadOnlyList<CachedRecommendation> Items,
    IReadOnlyList<string> Platforms,
    DateTimeOffset GeneratedAt,
    DateTimeOffset ExpiresAt);

public sealed record CachedRecommendation(string TitleId, double Score, string Strategy, string Reason);

/// <summary>The one cache entry per user and generation: every variant (model, limit, platforms) of their list.</summary>
public sealed record CachedRecommendationSet(Dictionary<string, CachedRecommendations> Variants);
