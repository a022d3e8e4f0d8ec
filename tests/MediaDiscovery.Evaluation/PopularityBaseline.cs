namespace MediaDiscovery.Evaluation;

/// <summary>Titles by how many positives they have, most first (ties by id); a user's own titles are skipped.</summary>
public sealed class PopularityBaseline(IEnumerable<string> positives)
{
    private readonly string[] ranked = positives.GroupBy(t => t, StringComparer.Ordinal)
        .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToArray();

    public IReadOnlyList<string> Top(IReadOnlySet<string> exclude, int count) =>
        ranked.Where(t => !exclude.Contains(t)).Take(count).ToList();
}
