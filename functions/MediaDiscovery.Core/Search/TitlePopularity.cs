using MediaDiscovery.Core.Catalog;

namespace MediaDiscovery.Core.Search;

/// <summary>
/// A prior in [0, 1] for how likely a title is the one people mean: carried by more platforms, and known to the
/// critics (having a score at all says the title is well known; a high one, that it is well liked).
/// </summary>
public static class TitlePopularity
{
    public static double Of(Title title)
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
