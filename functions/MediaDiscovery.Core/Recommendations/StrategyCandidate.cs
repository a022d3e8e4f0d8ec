namespace MediaDiscovery.Core.Recommendations;

/// <summary>A title one strategy proposes, its score in that strategy, and the liked title or genre behind it (for the reason).</summary>
public sealed record StrategyCandidate(string TitleId, double Score, string? Because);
