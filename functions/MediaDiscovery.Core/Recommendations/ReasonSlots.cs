using MediaDiscovery.Core.Catalog;

namespace MediaDiscovery.Core.Recommendations;

/// <summary>
/// Variety that costs little: a list led by the most accurate strategy shows each reason it lacks ("Trending on
/// Netflix", "Hidden gem") once, when that costs (almost) nothing. First, a title already in the list that the other
/// strategy also proposes is shown with that reason: no cost, and true. Else a title the leading strategy ranked just
/// below the list that the other strategy also proposes takes one of the last slots: a small cost, the end of a list
/// being where a swap loses least (docs/evaluation.md measures it). Else the reason is left out: another strategy's
/// own favourite in that slot cost a tenth of the list's recall.
/// </summary>
public static class ReasonSlots
{
    /// <param name="list">The ranked list, changed in place.</param>
    /// <param name="below">The leading strategy's accepted candidates after the list, in order.</param>
    /// <param name="others">Per other strategy, what it proposes (computed only when needed).</param>
    public static void Fill(List<(FusedCandidate Candidate, Title Title)> list, IReadOnlyList<(FusedCandidate Candidate, Title Title)> below, int slots,
        IEnumerable<(string Strategy, Func<IReadOnlyList<StrategyCandidate>> Proposals)> others)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(below);
        ArgumentNullException.ThrowIfNull(others);
        var used = 0;
        foreach (var (strategy, proposals) in others)
        {
            if (list.Count == 0 || list.Any(p => p.Candidate.Strategy == strategy))
                continue;
            var proposed = proposals().GroupBy(c => c.TitleId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            var shown = list.FindLastIndex(p => proposed.ContainsKey(p.Title.Id));
            if (shown >= 0)
            {
                list[shown] = Credited(list[shown], strategy, proposed[list[shown].Title.Id]);
                continue;
            }
            var slot = list.Count - 1 - used;
            if (used == slots || slot < 0)
                continue;
            var inList = list.Select(p => p.Title.Id).ToHashSet(StringComparer.Ordinal);
            var next = below.FirstOrDefault(p => proposed.ContainsKey(p.Title.Id) && !inList.Contains(p.Title.Id));
            if (next.Title is null)
                continue;
            list[slot] = Credited(next, strategy, proposed[next.Title.Id]);
            used++;
        }
    }

    private static (FusedCandidate Candidate, Title Title) Credited((FusedCandidate Candidate, Title Title) item, string strategy, StrategyCandidate proposal) =>
        (item.Candidate with { Strategy = strategy, Source = proposal }, item.Title);
}
