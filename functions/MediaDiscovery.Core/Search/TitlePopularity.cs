using MediaDiscovery.Core.Catalog;

namespace MediaDiscovery.Core.Search;

/// <summary>
/// A prior in [0, 1] for how likely a title is the one people mean: carried by more platforms, known to the
/// critics (having a score at all says the title is well known; a high one, that it is well liked), and widely
/// seen (MovieLens rating counts, log-scaled: Toy Story's 215 ratings and an obscure film's 2 differ where their
/// critic scores may not). The reach term only adds to the first two and the sum is scaled back to [0, 1], so among
/// titles MovieLens cannot know (series, films after 2018) the order is unchanged; against well-seen older films
/// they weigh less, a bias accepted for the signal (docs/evaluation.md).
/// </summary>
public static class TitlePopularity
{
    /// <summary>Ratings at which reach saturates (ml-latest-small: the 100th most rated film has ~100).</summary>
    public const int ReachSaturation = 100;

    private const double ReachWeight = 0.4;

    public static double Of(Title title) => (Known(title) + ReachWeight * Reach(title)) / (1 + ReachWeight);

    /// <summary>How widely seen in [0, 1]: log(1 + ratings) / log(1 + <see cref="ReachSaturation"/>), capped.</summary>
    public static double Reach(Title title) =>
        title.Scores.AudienceRatings is > 0 and var ratings
            ? Math.Min(1, Math.Log(1 + ratings) / Math.Log(1 + ReachSaturation))
            : 0;

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
