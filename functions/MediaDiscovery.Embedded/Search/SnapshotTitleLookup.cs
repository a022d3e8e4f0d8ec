using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Embedded.Search;

/// <summary>Titles by id and by name from the current in-memory snapshot (no store round trip per request).</summary>
public sealed class SnapshotTitleLookup(ISearchIndexSource indexes) : ITitleLookup, ITitleSuggester
{
    public Task<IReadOnlyList<Title>> GetManyAsync(IReadOnlyList<string> ids, CancellationToken ct = default)
    {
        var titles = indexes.Current.Titles;
        return Task.FromResult<IReadOnlyList<Title>>(ids.Select(titles.Find).OfType<Title>().ToList());
    }

    /// <summary>An exact (normalised) name first, the most popular of several; else the best fuzzy match.</summary>
    public Task<Title?> FindByNameAsync(string name, CancellationToken ct = default)
    {
        var snapshot = indexes.Current;
        // The matcher already holds every normalised name: compare strings, do not renormalise 22k titles.
        var exact = snapshot.Fuzzy.ExactMatches(name)
            .OrderByDescending(ordinal => snapshot.Popularity[ordinal])
            .Select(ordinal => snapshot.Titles.Titles[ordinal])
            .FirstOrDefault();
        if (exact is not null)
            return Task.FromResult<Title?>(exact);
        var fuzzy = snapshot.Fuzzy.Match(name, null, 1);
        return Task.FromResult(fuzzy.Count > 0 ? snapshot.Titles.Titles[fuzzy[0].Ordinal] : null);
    }

    public IReadOnlyList<TitleSuggestion> Suggest(string prefix, int limit) => indexes.Current.Fuzzy.Suggest(prefix, limit);
}
