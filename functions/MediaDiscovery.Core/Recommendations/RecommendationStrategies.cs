namespace MediaDiscovery.Core.Recommendations;

/// <summary>The strategy names carried by every <see cref="Recommendation"/> and used as configuration keys.</summary>
public static class RecommendationStrategies
{
    public const string Collaborative = "collaborative";
    public const string Content = "content";
    public const string Trending = "trending";
    public const string Discovery = "discovery";
}
