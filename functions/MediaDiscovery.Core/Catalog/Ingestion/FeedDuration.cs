using System.Globalization;
using System.Text.RegularExpressions;

namespace MediaDiscovery.Core.Catalog.Ingestion;

/// <summary>The feeds' <c>duration</c> text: <c>"90 min"</c> for movies, <c>"1 Season"</c>/<c>"2 Seasons"</c> for series.</summary>
internal static partial class FeedDuration
{
    [GeneratedRegex(@"^(\d{1,5})\s*(min|mins|minutes?|seasons?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static bool LooksLikeDuration(string text) => text.Length > 0 && Pattern().IsMatch(text);

    public static bool TryParse(string text, out int? runtimeMinutes, out int? seasons)
    {
        runtimeMinutes = null;
        seasons = null;
        var match = Pattern().Match(text);
        if (!match.Success)
            return false;
        var amount = int.Parse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        if (match.Groups[2].ValueSpan.StartsWith("season", StringComparison.OrdinalIgnoreCase))
            seasons = amount;
        else
            runtimeMinutes = amount;
        return true;
    }
}
