using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Core.Recommendations;

/// <summary>
/// Discovery: well-rated titles (critic score ≥ 0.75) from genres the person has not tried (no liked or watched
/// title in them), outside the most popular titles (the most active in everyone's events, else the catalog
/// prior's top), best critic score first; each credited to its untried genre.
/// </summary>
public static class DiscoveryStrategy
{
    public const double MinimumCriticScore = 0.75;

    public static IReadOnlyList<StrategyCandidate> Recommend(
        TitleTable titles, UserTaste taste, IReadOnlyList<string> mostActive, int popularExclusion, Func<Title, bool> accept, int k)
    {
        ArgumentNullException.ThrowIfNull(titles);
        ArgumentNullException.ThrowIfNull(taste);
        ArgumentNullException.ThrowIfNull(mostActive);
        ArgumentNullException.ThrowIfNull(accept);
        var tried = taste.Liked.Select(l => l.TitleId).Concat(taste.Consumed)
            .Select(titles.Find).OfType<Title>().SelectMany(t => t.Genres).ToHashSet(StringComparer.Ordinal);
        var popular = mostActive.Count >= popularExclusion
            ? mostActive.Take(popularExclusion).ToHashSet(StringComparer.Ordinal)
            : CatalogPrior.Ranking(titles).Take(popularExclusion).Select(t => t.Id).Concat(mostActive).ToHashSet(StringComparer.Ordinal);
        var result = new List<StrategyCandidate>();
        foreach (var title in titles.Titles)
        {
            if (CatalogPrior.CriticScore(title) is not { } critic || critic < MinimumCriticScore || popular.Contains(title.Id))
                continue;
            var untried = title.Genres.Where(g => !tried.Contains(g)).ToList();
            if (untried.Count == 0 || !accept(title))
                continue;
            // Mostly-new titles first: a documentary that is also a drama the person watches is less of a discovery.
            var novelty = (double)untried.Count / title.Genres.Count;
            result.Add(new StrategyCandidate(title.Id, critic * (0.5 + 0.5 * novelty), untried[0]));
        }
        return [.. result.OrderByDescending(c => c.Score).ThenBy(c => c.TitleId, StringComparer.Ordinal).Take(k)];
    }
}
