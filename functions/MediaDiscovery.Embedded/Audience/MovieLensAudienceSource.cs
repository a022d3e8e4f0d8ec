using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Recommendations;
using MediaDiscovery.Core.Users;
using Microsoft.Extensions.Logging;

namespace MediaDiscovery.Embedded.Audience;

/// <summary>
/// An audience export in the MovieLens format on disk (<c>ratings.csv</c> in <paramref name="directory"/>), linked to
/// the catalog by each title's <see cref="Core.Catalog.TitleScores.AudienceMovieId"/> (set when the catalog was
/// enriched from the same export's <c>movies.csv</c>). Read afresh for every training, so a new export or catalog
/// counts from the next model on.
/// </summary>
public sealed partial class MovieLensAudienceSource(string directory, ICatalogStore catalog, ILogger<MovieLensAudienceSource> logger) : IAudienceSource
{
    public string Name => "movielens " + directory;

    public async Task<IReadOnlyList<UserEvent>> LoadAsync(CancellationToken ct = default)
    {
        var titleByMovie = await CatalogAudienceLink.TitleByMovieAsync(catalog, movies: null, ct);
        await using var ratings = File.OpenRead(Path.Combine(directory, "ratings.csv"));
        var (events, skipped) = AudienceRatingEvents.Read(ratings, titleByMovie);
        Loaded(logger, events.Count, titleByMovie.Count, skipped, directory);
        return events;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Audience ratings: {Events} on {Titles} linked titles ({Skipped} rows skipped: unlinked movie or unreadable) from {Directory}")]
    private static partial void Loaded(ILogger logger, int events, int titles, int skipped, string directory);
}
