using System.Runtime.CompilerServices;
using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Core.Recommendations;

/// <summary>
/// What to show when nobody's events say anything: titles ranked by the catalog prior (carried by several
/// platforms, known to and liked by critics: <see cref="TitlePopularity"/>; recency), computed once per catalog
/// snapshot.
/// </summary>
public static class CatalogPrior
{
    private static readonly ConditionalWeakTable<TitleTable, Title[]> Rankings = [];

    public static double Of(Title title) => 0.8 * TitlePopularity.Of(title) + 0.2 * TitlePopularity.Recency(title);

    /// <summary>Every title of the table, best prior first.</summary>
    public static IReadOnlyList<Title> Ranking(TitleTable titles) =>
        Rankings.GetValue(titles, t => [.. t.Titles.OrderByDescending(Of).ThenBy(x => x.Id, StringComparer.Ordinal)]);

    /// <summary>The title's critic score in [0, 1], or null when no critic scored it.</summary>
    public static double? CriticScore(Title title) =>
        title.Scores.RottenTomatoes is { } rt ? rt / 100.0 : title.Scores.Imdb is { } imdb ? imdb / 10.0 : null;
}
