namespace MediaDiscovery.Core.Recommendations;

/// <summary>One recommended title, the strategy that put it there and why, in words for the person.</summary>
/// <param name="Strategy"><c>collaborative</c>, <c>content</c>, <c>trending</c> or <c>discovery</c>.</param>
/// <param name="Reason">e.g. "Because you watched The Matrix", "Trending on Hulu", "Hidden gem in documentaries".</param>
public sealed record Recommendation(string TitleId, double Score, string Strategy, string Reason);
