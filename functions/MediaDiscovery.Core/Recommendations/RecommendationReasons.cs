using System.Globalization;
using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Catalog.Ingestion;
using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Core.Recommendations;

/// <summary>The sentence shown with a recommendation, in words for the person.</summary>
public static class RecommendationReasons
{
    public static string BecauseOf(TitleTable titles, UserTaste taste, string? likedTitleId)
    {
        ArgumentNullException.ThrowIfNull(titles);
        ArgumentNullException.ThrowIfNull(taste);
        if (likedTitleId is null || titles.Find(likedTitleId) is not { } liked)
            return "Recommended for you";
        return taste.Consumed.Contains(liked.Id) ? $"Because you watched {liked.Name}" : $"Because you saved {liked.Name}";
    }

    public static string Trending(Title title, IReadOnlySet<string> platforms) => "Trending on " + PlatformName(title, platforms);

    public static string PopularOn(Title title, IReadOnlySet<string> platforms) => "Popular on " + PlatformName(title, platforms);

    public static string PopularIn(string genre) => "Popular in " + GenreName(genre);

    public static string HiddenGem(string genre) => "Hidden gem in " + GenreName(genre);

    private static string GenreName(string genre) => GenreDisplayNames.For(genre).ToLower(CultureInfo.InvariantCulture);

    /// <summary>A platform the person has that carries the title, else the first that carries it.</summary>
    private static string PlatformName(Title title, IReadOnlySet<string> platforms)
    {
        var available = title.Availability.Where(a => a.Available).Select(a => a.Platform).ToList();
        var platform = available.FirstOrDefault(platforms.Contains) ?? available.FirstOrDefault();
        return platform is null ? "the catalog" : CatalogTaxonomy.Default.PlatformById(platform)?.DisplayName ?? platform;
    }
}
