using System.Net;
using Amazon.S3;
using Amazon.S3.Model;
using MediaDiscovery.Core.Catalog.Ingestion;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Recommendations;
using MediaDiscovery.Core.Users;
using Microsoft.Extensions.Logging;

namespace MediaDiscovery.Aws.Audience;

/// <summary>
/// An audience export in the MovieLens format in S3 (ADR 0015): <c>ratings.csv</c> and, to link movies to a catalog
/// that was never enriched from it, <c>movies.csv</c> under one prefix. Read afresh for every training. Before the
/// operator has uploaded an export there is none: the model then learns from the users' events alone, and the log
/// says so at every training.
/// </summary>
public sealed partial class S3AudienceSource(IAmazonS3 s3, S3AudienceLocation location, ICatalogStore catalog, ILogger<S3AudienceSource> logger) : IAudienceSource
{
    public string Name => "movielens " + location;

    public async Task<IReadOnlyList<UserEvent>> LoadAsync(CancellationToken ct = default)
    {
        // ratings.csv is read twice (counts for the link, then the events) and may be large: a temporary file, not memory.
        await using var ratings = await DownloadAsync(location.RatingsKey, TemporaryFile(), ct).ConfigureAwait(false);
        if (ratings is null)
        {
            NoExport(logger, location.ToString());
            return [];
        }
        await using var movies = await DownloadAsync(location.MoviesKey, new MemoryStream(), ct).ConfigureAwait(false);
        AudienceRatings? byName = null;
        if (movies is not null)
        {
            byName = AudienceRatings.Parse(movies, ratings);
            ratings.Position = 0;
        }
        var titleByMovie = await CatalogAudienceLink.TitleByMovieAsync(catalog, byName, ct).ConfigureAwait(false);
        var (events, skipped) = AudienceRatingEvents.Read(ratings, titleByMovie);
        Loaded(logger, events.Count, titleByMovie.Count, skipped, location.ToString());
        return events;
    }

    /// <summary>The object copied into <paramref name="into"/> and rewound; null (and the stream disposed) when there is no such key.</summary>
    private async Task<Stream?> DownloadAsync(string key, Stream into, CancellationToken ct)
    {
        try
        {
            using var response = await s3.GetObjectAsync(new GetObjectRequest { BucketName = location.Bucket, Key = key }, ct).ConfigureAwait(false);
            await response.ResponseStream.CopyToAsync(into, ct).ConfigureAwait(false);
            into.Position = 0;
            return into;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound && e.ErrorCode is "NoSuchKey" or null or "")
        {
            await into.DisposeAsync().ConfigureAwait(false);
            return null;
        }
        catch
        {
            await into.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static FileStream TemporaryFile() =>
        new(Path.Combine(Path.GetTempPath(), "audience-" + Guid.NewGuid().ToString("N") + ".csv"),
            FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose | FileOptions.Asynchronous);

    [LoggerMessage(Level = LogLevel.Information, Message = "Audience ratings: {Events} on {Titles} linked titles ({Skipped} rows skipped: unlinked movie or unreadable) from {Location}")]
    private static partial void Loaded(ILogger logger, int events, int titles, int skipped, string location);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No audience export at {Location} (no ratings.csv): the model learns from the users' events alone")]
    private static partial void NoExport(ILogger logger, string location);
}
