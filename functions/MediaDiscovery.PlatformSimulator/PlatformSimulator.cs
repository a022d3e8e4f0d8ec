using System.Collections.Concurrent;
using MediaDiscovery.Core.Catalog.Ingestion;
using MediaDiscovery.Embedded.Feeds;
using MediaDiscovery.Embedded.Platforms;

namespace MediaDiscovery.PlatformSimulator;

/// <summary>
/// The simulated platforms, each loaded on first use from its catalog export in <c>Simulator:CatalogDirectory</c>
/// (default <c>CatalogSync:Directory</c>, the catalog the LocalHost ingests): every valid row is a show available
/// on subscription in the US, as the catalog's ingestion reads it.
/// </summary>
public sealed class PlatformSimulator(CatalogIngestion ingestion, string? catalogDirectory)
{
    private readonly ConcurrentDictionary<string, Lazy<SimulatedPlatform>> platforms = new(StringComparer.Ordinal);

    /// <summary>Null for a platform the taxonomy does not know.</summary>
    public SimulatedPlatform? Find(string platform)
    {
        if (!ingestion.Taxonomy.Platforms.Any(p => p.Id == platform))
            return null;
        return platforms.GetOrAdd(platform, p => new Lazy<SimulatedPlatform>(() => Load(p))).Value;
    }

    private SimulatedPlatform Load(string platform)
    {
        var feed = catalogDirectory is null || !Directory.Exists(catalogDirectory)
            ? null
            : CatalogDirectory.Discover(catalogDirectory).Feeds.FirstOrDefault(f => f.Platform == platform);
        if (feed is null)
            return new SimulatedPlatform(platform, []);
        using var stream = File.OpenRead(feed.Location);
        var result = ingestion.ReadFeed(platform, stream);
        return new SimulatedPlatform(platform, result.Entries.Select(e => new PlatformAvailabilityItem(e.ShowId, true, null, "subscription", "US")));
    }
}
