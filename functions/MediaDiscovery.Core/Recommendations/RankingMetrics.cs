namespace MediaDiscovery.Core.Recommendations;

/// <summary>Means over the evaluated users.</summary>
public sealed record RankingMetrics(double RecallAt20, double NdcgAt20, int Users);
