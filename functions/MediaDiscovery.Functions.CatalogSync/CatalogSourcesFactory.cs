using MediaDiscovery.Core.Catalog.Ingestion;
using MediaDiscovery.Core.Catalog.Sync;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Embedded.Feeds;

namespace MediaDiscovery.Functions.CatalogSync;

/// <summary>
/// Builds the feeds a sync reads from configuration: <c>CatalogSync:Directory</c> (a directory of platform
/// exports named as in the taxonomy, plus the optional score files), <c>CatalogSync:MovieLens</c> (a MovieLens
/// export for rating counts; default a <c>movielens*</c> directory in or beside the catalog directory, <c>none</c>
/// for none), and <c>CatalogSync:Feeds:&lt;platform&gt;</c>
/// (an http(s) URL or a file path) which overrides the directory's feed for that platform.
/// </summary>
public sealed class CatalogSourcesFactory(IConfiguration configuration, IHttpClientFactory httpClients, CatalogTaxonomy taxonomy)
{
    public bool IsConfigured =>
        !string.IsNullOrWhiteSpace(configuration["CatalogSync:Directory"])
        || configuration.GetSection("CatalogSync:Feeds").GetChildren().Any();

    public CatalogSources Create()
    {
        var feeds = new Dictionary<string, ICatalogFeedSource>(StringComparer.Ordinal);
        CatalogDirectory? found = null;
        var directory = configuration["CatalogSync:Directory"];
        if (!string.IsNullOrWhiteSpace(directory))
        {
            found = CatalogDirectory.Discover(directory, configuration["CatalogSync:MovieLens"]);
            foreach (var feed in found.Feeds)
                feeds[feed.Platform] = feed;
        }
        foreach (var entry in configuration.GetSection("CatalogSync:Feeds").GetChildren())
        {
            if (taxonomy.Platforms.All(p => p.Id != entry.Key))
                throw new InvalidOperationException($"CatalogSync:Feeds:{entry.Key} names no known platform.");
            feeds[entry.Key] = FeedFor(entry.Key, entry.Value ?? "");
        }
        return new CatalogSources(
            feeds.Values.OrderBy(f => f.Platform, StringComparer.Ordinal).ToList(),
            found is { HasEnrichment: true } ? ct => ReadEnrichmentAsync(found, ct) : null,
            found?.EnrichmentFingerprint() ?? "-");
    }

    private ICatalogFeedSource FeedFor(string platform, string location) =>
        Uri.TryCreate(location, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? new HttpCatalogFeedSource(httpClients.CreateClient("catalog-feeds"), platform, uri)
            : new FileCatalogFeedSource(platform, location);

    private static Task<ScoreTable?> ReadEnrichmentAsync(CatalogDirectory directory, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        return Task.FromResult(directory.ReadEnrichment());
    }
}
