using System.Globalization;
using MediaDiscovery.Core.Catalog.Ingestion;
using MediaDiscovery.Core.Catalog.Sync;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Embedded.Feeds;

namespace MediaDiscovery.Functions.CatalogSync;

/// <summary>
/// Builds the feeds a sync reads from configuration: <c>CatalogSync:Directory</c> (a directory of platform
/// exports named as in the taxonomy, plus the optional score files), and <c>CatalogSync:Feeds:&lt;platform&gt;</c>
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
        string? movieScores = null, showScores = null;
        var directory = configuration["CatalogSync:Directory"];
        if (!string.IsNullOrWhiteSpace(directory))
        {
            var found = CatalogDirectory.Discover(directory);
            foreach (var feed in found.Feeds)
                feeds[feed.Platform] = feed;
            (movieScores, showScores) = (found.MovieScoresPath, found.SeriesScoresPath);
        }
        foreach (var entry in configuration.GetSection("CatalogSync:Feeds").GetChildren())
        {
            if (taxonomy.Platforms.All(p => p.Id != entry.Key))
                throw new InvalidOperationException($"CatalogSync:Feeds:{entry.Key} names no known platform.");
            feeds[entry.Key] = FeedFor(entry.Key, entry.Value ?? "");
        }
        return new CatalogSources(
            feeds.Values.OrderBy(f => f.Platform, StringComparer.Ordinal).ToList(),
            movieScores is null && showScores is null ? null : ct => LoadScoresAsync(movieScores, showScores, ct),
            ScoresFingerprint(movieScores, showScores));
    }

    private ICatalogFeedSource FeedFor(string platform, string location) =>
        Uri.TryCreate(location, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? new HttpCatalogFeedSource(httpClients.CreateClient("catalog-feeds"), platform, uri)
            : new FileCatalogFeedSource(platform, location);

    private static Task<ScoreTable?> LoadScoresAsync(string? movies, string? shows, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        using var movieStream = movies is null ? null : File.OpenRead(movies);
        using var showStream = shows is null ? null : File.OpenRead(shows);
        return Task.FromResult<ScoreTable?>(ScoreTable.Parse(movieStream, showStream));
    }

    private static string ScoresFingerprint(params string?[] paths) => string.Join(',', paths.Select(p =>
        p is null || !File.Exists(p)
            ? "-"
            : string.Create(CultureInfo.InvariantCulture, $"{new FileInfo(p).Length}@{File.GetLastWriteTimeUtc(p).Ticks}")));
}
