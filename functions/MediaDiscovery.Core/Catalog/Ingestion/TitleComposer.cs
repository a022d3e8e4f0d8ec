namespace MediaDiscovery.Core.Catalog.Ingestion;

/// <summary>
/// Builds one <see cref="Title"/> from the entries of a group (in platform-id order), preferring the richest
/// value of each field: name from the first platform, earliest year, longest description, unions of genres,
/// countries, cast and directors (lists keep the order of the richest source), the first known maturity and
/// runtime, the most seasons.
/// </summary>
internal static class TitleComposer
{
    public static Title Compose(string id, IReadOnlyList<CatalogEntry> group, TitleScores scores)
    {
        var first = group[0];
        var rated = group.FirstOrDefault(e => e.MinAge is not null) ?? group.FirstOrDefault(e => e.MaturityRating is not null);
        return new Title
        {
            Id = id,
            Name = first.Name,
            Type = first.Type,
            ReleaseYear = group.Min(e => e.ReleaseYear),
            Genres = group.SelectMany(e => e.Genres).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            MaturityRating = rated?.MaturityRating,
            MinAge = rated?.MinAge,
            RuntimeMinutes = group.Select(e => e.RuntimeMinutes).FirstOrDefault(r => r is not null),
            Seasons = group.Max(e => e.Seasons),
            Countries = Union(group, e => e.Countries),
            Cast = Union(group, e => e.Cast),
            Directors = Union(group, e => e.Directors),
            Description = Longest(group),
            Scores = scores,
            Availability = group.Select(Availability).ToList(),
        };
    }

    /// <summary>Union of a list field, starting from the longest list so its order wins; case-insensitive.</summary>
    private static List<string> Union(IReadOnlyList<CatalogEntry> group, Func<CatalogEntry, IReadOnlyList<string>> field)
    {
        if (group.Count == 1)
            return [.. field(group[0])];
        var richest = group.MaxBy(e => field(e).Count)!;
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var union = new List<string>();
        foreach (var value in field(richest).Concat(group.SelectMany(field)))
        {
            if (seen.Add(value))
                union.Add(value);
        }
        return union;
    }

    private static string Longest(IReadOnlyList<CatalogEntry> group)
    {
        var longest = group[0].Description;
        foreach (var entry in group)
        {
            if (entry.Description.Length > longest.Length)
                longest = entry.Description;
        }
        return longest;
    }

    private static PlatformAvailability Availability(CatalogEntry entry) => new()
    {
        Platform = entry.Platform,
        ShowId = entry.ShowId,
        DateAdded = entry.DateAdded,
        Available = true,
    };
}
