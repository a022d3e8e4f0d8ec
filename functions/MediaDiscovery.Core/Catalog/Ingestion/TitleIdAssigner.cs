namespace MediaDiscovery.Core.Catalog.Ingestion;

/// <summary>
/// Stable ids for groups: <see cref="TitleIds.For"/> of the representative (first platform's name, earliest year).
/// When distinct groups share that key (two different films called "Us" from the same year), the group whose
/// first entry sorts first by (platform, show id) keeps the plain id and the others hash their first
/// <c>platform:show_id</c> in too, so the result depends only on the data, never on processing order.
/// </summary>
internal static class TitleIdAssigner
{
    public static string[] Assign(IReadOnlyList<List<CatalogEntry>> groups)
    {
        var ids = new string[groups.Count];
        var byPlainId = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < groups.Count; i++)
        {
            var plain = PlainId(groups[i]);
            if (!byPlainId.TryGetValue(plain, out var sharing))
                byPlainId[plain] = sharing = [];
            sharing.Add(i);
        }
        var used = new HashSet<string>(byPlainId.Keys, StringComparer.Ordinal);
        foreach (var (plain, sharing) in byPlainId)
        {
            sharing.Sort((a, b) => string.CompareOrdinal(ExternalId(groups[a]), ExternalId(groups[b])));
            ids[sharing[0]] = plain;
            foreach (var index in sharing.Skip(1))
                ids[index] = DisambiguatedId(groups[index], used);
        }
        return ids;
    }

    private static string PlainId(List<CatalogEntry> group) =>
        TitleIds.For(group[0].Name, group[0].Type, group.Min(e => e.ReleaseYear));

    private static string ExternalId(List<CatalogEntry> group) => ExternalIds.Of(group[0].Platform, group[0].ShowId);

    private static string DisambiguatedId(List<CatalogEntry> group, HashSet<string> used)
    {
        var salted = group[0].Name + " " + ExternalId(group);
        var year = group.Min(e => e.ReleaseYear);
        var id = TitleIds.For(salted, group[0].Type, year);
        for (var attempt = 2; !used.Add(id); attempt++)
            id = TitleIds.For(salted + " " + attempt.ToString(System.Globalization.CultureInfo.InvariantCulture), group[0].Type, year);
        return id;
    }
}
