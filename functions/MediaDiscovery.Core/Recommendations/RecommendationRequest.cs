using MediaDiscovery.Core.Users;

namespace MediaDiscovery.Core.Recommendations;

/// <summary>Everything the recommender needs about one person, read by the caller from the user store.</summary>
/// <param name="History">The user's events, newest first.</param>
/// <param name="Platforms">Only titles on one of these (the request's <c>platforms</c>, else the preferences'); empty = any.</param>
public sealed record RecommendationRequest(
    string UserId,
    IReadOnlyList<UserEvent> History,
    UserPreferences? Preferences,
    IReadOnlyList<string> Platforms,
    int Limit,
    DateTimeOffset Now)
{
    /// <summary>
    /// Titles never to propose beyond those the history shows viewed or rated: the watchlist, and what was viewed or
    /// rated before the history's window.
    /// </summary>
    public IReadOnlySet<string> Excluded { get; init; } = new HashSet<string>();
}
