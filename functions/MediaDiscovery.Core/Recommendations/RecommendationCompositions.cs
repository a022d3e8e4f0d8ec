namespace MediaDiscovery.Core.Recommendations;

/// <summary>The values of <see cref="RecommendationOptions.Composition"/>.</summary>
public static class RecommendationCompositions
{
    public const string Blend = "blend";
    public const string AccuracyFirst = "accuracy-first";

    public static readonly string[] All = [Blend, AccuracyFirst];
}
