using System.Collections.Frozen;
using MediaDiscovery.Core.Catalog;

namespace MediaDiscovery.Embedded.Search;

/// <summary>
/// The content type a query's words point at ("a drama series", "the film where..."), when only one: a soft
/// preference for retrieval, unlike the intent extractor's hard type filter.
/// </summary>
internal static class TypeCue
{
    private static readonly FrozenSet<string> SeriesWords =
        FrozenSet.ToFrozenSet(["series", "show", "shows", "sitcom", "season", "seasons", "episodes", "miniseries"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> MovieWords =
        FrozenSet.ToFrozenSet(["movie", "movies", "film", "films"], StringComparer.Ordinal);

    public static ContentType? In(IReadOnlyList<string> tokens)
    {
        bool series = false, movie = false;
        foreach (var token in tokens)
        {
            series |= SeriesWords.Contains(token);
            movie |= MovieWords.Contains(token);
        }
        return series == movie ? null : series ? ContentType.Series : ContentType.Movie;
    }
}
