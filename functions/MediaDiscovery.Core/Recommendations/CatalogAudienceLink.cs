using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Catalog.Ingestion;
using MediaDiscovery.Core.Ports;

namespace MediaDiscovery.Core.Recommendations;

/// <summary>
/// Which catalog title each audience movie is: the title's own link (<see cref="TitleScores.AudienceMovieId"/>, set
/// when the catalog was enriched from the same export), else, given the export's <c>movies.csv</c>, the movie the
/// search prior's matcher finds for a movie title's name and release year (<see cref="AudienceRatings.FindMovie"/>).
/// The second is for a catalog that was never enriched, as in AWS, where the export lives in S3.
/// </summary>
public static class CatalogAudienceLink
{
    public static async Task<Dictionary<int, string>> TitleByMovieAsync(ICatalogStore catalog, AudienceRatings? movies, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var titleByMovie = new Dictionary<int, string>();
        await foreach (var title in catalog.ListAllAsync(ct).ConfigureAwait(false))
        {
            if (MovieOf(title, movies) is { } movie)
                titleByMovie.TryAdd(movie, title.Id);
        }
        return titleByMovie;
    }

    private static int? MovieOf(Title title, AudienceRatings? movies) =>
        title.Scores.AudienceMovieId
        ?? (movies is not null && title.Type == ContentType.Movie && title.ReleaseYear is { } year ? movies.FindMovie(title.Name, year)?.MovieId : null);
}
