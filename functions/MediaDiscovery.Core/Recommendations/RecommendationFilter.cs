using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Users;

namespace MediaDiscovery.Core.Recommendations;

/// <summary>
/// Which titles may be recommended to a person: not already viewed or rated; available on one of their platforms
/// (when they named any); within their maximum minimum age (a title with no known age does not pass an age limit);
/// in none of the genres they avoid.
/// </summary>
public sealed class RecommendationFilter
{
    private readonly IReadOnlySet<string> consumed;
    private readonly HashSet<string> platforms;
    private readonly HashSet<string> avoidedGenres;
    private readonly int? maxMinAge;

    public RecommendationFilter(IReadOnlySet<string> consumed, IReadOnlyList<string> platforms, UserPreferences? preferences)
    {
        ArgumentNullException.ThrowIfNull(consumed);
        ArgumentNullException.ThrowIfNull(platforms);
        this.consumed = consumed;
        this.platforms = platforms.ToHashSet(StringComparer.OrdinalIgnoreCase);
        avoidedGenres = (preferences?.AvoidedGenres ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase);
        maxMinAge = preferences?.MaxMinAge;
    }

    /// <summary>The platforms the person has (empty = any).</summary>
    public IReadOnlySet<string> Platforms => platforms;

    public bool Accepts(Title title)
    {
        ArgumentNullException.ThrowIfNull(title);
        if (consumed.Contains(title.Id))
            return false;
        if (maxMinAge is { } max && (title.MinAge is not { } age || age > max))
            return false;
        if (platforms.Count > 0 && !title.Availability.Any(a => a.Available && platforms.Contains(a.Platform)))
            return false;
        foreach (var genre in title.Genres)
        {
            if (avoidedGenres.Contains(genre))
                return false;
        }
        return true;
    }
}
