using MediaDiscovery.Core.Catalog;

namespace MediaDiscovery.Core.Search;

/// <summary>
/// A prior in [0, 1] for how likely a title is the one people mean: carried by more platforms, known to the
/// critics (having a score at all says the title is well known; a high one, that it is well liked), and widely
/// seen. Reach is measured per type: a film by its MovieLens rating count (log-scaled: Toy Story's 215 ratings and
/// an obscure film's 2 differ where their critic scores may not), a series by how many seasons it ran (a series is
/// renewed while people watch it; MovieLens has no series). The reach term only adds to the first two and the sum
/// is scaled back to [0, 1]; films after 2018 and first seasons get none (docs/evaluation.md, ADR 0010).
/// </summary>
public static class TitlePopularity
{
    /// <summary>Ratings at which reach saturates (ml-latest-small: the 100th most rated film has ~100).</summary>
    public const int ReachSaturation = 100;

    private const double ReachWeight = 0.4;

    public static double Of(Title title) => (Known(title) + ReachWeight * Reach(title)) / (1 + ReachWeight);

    /// <summary>Seasons at which a series' reach saturates: log(seasons) / log(8), so 2 seasons 0.33, 4 0.67.</summary>
    public const int SeasonSaturation = 8;

    /// <summary>
    /// How widely seen in [0, 1]: log(1 + ratings) / log(1 + <see cref="ReachSaturation"/>) when MovieLens knows
    /// the title, else for a series log(seasons) / log(<see cref="SeasonSaturation"/>); capped.
    /// </summary>
    public static double Reach(Title title)
    {
        ArgumentNullException.ThrowIfNull(title);
        if (title.Scores.AudienceRatings is > 0 and var ratings)
            return Math.Min(1, Math.Log(1 + ratings) / Math.Log(1 + ReachSaturation));
        return title.Type == ContentType.Series && title.Seasons is > 1 and var seasons
            ? Math.Min(1, Math.Log(seasons) / Math.Log(SeasonSaturation))
            : 0;
    }

    private static double Known(Title title)
    {
        var platforms = 0;
        foreach (var availability in title.Availability)
        {
            if (availability.Available)
                platforms++;
        }
        var critic = title.Scores.RottenTomatoes is { } rt ? rt / 100.0
            : title.Scores.Imdb is { } imdb ? imdb / 10.0
            : -1;
        var known = critic >= 0 ? 0.3 + 0.4 * critic : 0;
        return Math.Clamp(0.3 * Math.Min(platforms, 3) / 3.0 + known, 0, 1);
    }

    /// <summary>How recent in [0, 1]: the release year mapped linearly over 1950..2025 (unknown = 0).</summary>
    public static double Recency(Title title) =>
        title.ReleaseYear is { } year ? Math.Clamp((year - 1950) / 75.0, 0, 1) : 0;
}
