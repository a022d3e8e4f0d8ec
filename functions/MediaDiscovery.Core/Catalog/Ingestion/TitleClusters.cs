namespace MediaDiscovery.Core.Catalog.Ingestion;

/// <summary>
/// Groups entries of every platform into titles: entries are bucketed by (normalised title, type), so only
/// namesakes are compared (no O(n²) over the catalog); within a bucket an entry joins the closest-year group
/// it matches every member of (<see cref="MergeRules"/>) that has no entry of its platform yet. Entries are
/// visited in (platform id, feed line) order, so the grouping does not depend on the order feeds were given.
/// </summary>
internal static class TitleClusters
{
    /// <summary>Groups, each with its entries in platform-id order, in order of their first entry.</summary>
    public static List<List<CatalogEntry>> Build(IEnumerable<CatalogEntry> entries)
    {
        var ordered = entries
            .OrderBy(e => e.Platform, StringComparer.Ordinal)
            .ThenBy(e => e.Line)
            .ThenBy(e => e.ShowId, StringComparer.Ordinal);
        var buckets = new Dictionary<(string Name, ContentType Type), List<List<CatalogEntry>>>();
        var groups = new List<List<CatalogEntry>>();
        foreach (var entry in ordered)
        {
            var key = (TitleNormaliser.Normalise(entry.Name), entry.Type);
            if (!buckets.TryGetValue(key, out var namesakes))
                buckets[key] = namesakes = [];
            var group = BestGroup(namesakes, entry);
            if (group is null)
            {
                group = [];
                namesakes.Add(group);
                groups.Add(group);
            }
            group.Add(entry);
        }
        return groups;
    }

    private static List<CatalogEntry>? BestGroup(List<List<CatalogEntry>> namesakes, CatalogEntry entry)
    {
        List<CatalogEntry>? best = null;
        var bestDistance = int.MaxValue;
        foreach (var group in namesakes)
        {
            if (!Accepts(group, entry))
                continue;
            var distance = group.Min(member => MergeRules.YearDistance(member, entry));
            if (distance < bestDistance)
            {
                best = group;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static bool Accepts(List<CatalogEntry> group, CatalogEntry entry)
    {
        foreach (var member in group)
        {
            if (string.Equals(member.Platform, entry.Platform, StringComparison.Ordinal) || !MergeRules.AreSameTitle(member, entry))
                return false;
        }
        return true;
    }
}
