using MediaDiscovery.Core.Catalog;

namespace MediaDiscovery.Core.Recommendations;

/// <summary>
/// Re-orders the head of a ranked list so the first 10 show variety: at most 3 titles per genre (hard, unless
/// nothing else is left), and, where alternatives exist, at most 4 from one decade and at most 6 available only on
/// one same platform. Titles pushed out of the head keep their order after it.
/// </summary>
public static class RecommendationDiversifier
{
    public const int Head = 10;
    public const int MaxPerGenre = 3;
    public const int MaxPerDecade = 4;
    public const int MaxPerSinglePlatform = 6;

    public static List<T> Diversify<T>(IReadOnlyList<T> ranked, Func<T, Title> titleOf, int limit)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(titleOf);
        var remaining = ranked.ToList();
        var result = new List<T>(Math.Min(limit, ranked.Count));
        var genres = new Dictionary<string, int>(StringComparer.Ordinal);
        var decades = new Dictionary<int, int>();
        var platforms = new Dictionary<string, int>(StringComparer.Ordinal);
        while (result.Count < Math.Min(Head, limit) && remaining.Count > 0)
        {
            var pick = remaining.FindIndex(t => FitsGenres(titleOf(t)) && FitsMix(titleOf(t)));
            if (pick < 0)
                pick = remaining.FindIndex(t => FitsGenres(titleOf(t)));
            if (pick < 0)
                pick = 0;
            var title = titleOf(remaining[pick]);
            result.Add(remaining[pick]);
            remaining.RemoveAt(pick);
            foreach (var genre in title.Genres)
                genres[genre] = genres.GetValueOrDefault(genre) + 1;
            if (Decade(title) is { } decade)
                decades[decade] = decades.GetValueOrDefault(decade) + 1;
            if (SinglePlatform(title) is { } platform)
                platforms[platform] = platforms.GetValueOrDefault(platform) + 1;
        }
        result.AddRange(remaining.Take(limit - result.Count));
        return result;

        bool FitsGenres(Title title) => title.Genres.All(g => genres.GetValueOrDefault(g) < MaxPerGenre);

        bool FitsMix(Title title) =>
            (Decade(title) is not { } d || decades.GetValueOrDefault(d) < MaxPerDecade)
            && (SinglePlatform(title) is not { } p || platforms.GetValueOrDefault(p) < MaxPerSinglePlatform);
    }

    private static int? Decade(Title title) => title.ReleaseYear / 10;

    private static string? SinglePlatform(Title title)
    {
        string? only = null;
        foreach (var availability in title.Availability)
        {
            if (!availability.Available)
                continue;
            if (only is not null)
                return null;
            only = availability.Platform;
        }
        return only;
    }
}
