using MediaDiscovery.Core.Ports;

namespace MediaDiscovery.Aws.Catalog;

/// <summary>Adds up titles, genres and platforms over titles available on at least one platform.</summary>
internal sealed class CatalogCountsTally
{
    private readonly Dictionary<string, int> byGenre = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> byPlatform = new(StringComparer.Ordinal);
    private int titles;

    public void Add(IReadOnlyList<string> genres, IReadOnlyList<string> availableOn)
    {
        if (availableOn.Count == 0)
            return;
        titles++;
        foreach (var genre in genres.Distinct(StringComparer.Ordinal))
            byGenre[genre] = byGenre.GetValueOrDefault(genre) + 1;
        foreach (var platform in availableOn.Distinct(StringComparer.Ordinal))
            byPlatform[platform] = byPlatform.GetValueOrDefault(platform) + 1;
    }

    public CatalogCounts ToCounts() => new(titles, new Dictionary<string, int>(byGenre), new Dictionary<string, int>(byPlatform));
}
