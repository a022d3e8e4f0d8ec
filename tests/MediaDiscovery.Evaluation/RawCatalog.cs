using System.Text.Json;
using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Catalog.Ingestion;
using MediaDiscovery.Core.Search;
using MediaDiscovery.Embedded.Feeds;

namespace MediaDiscovery.Evaluation;

/// <summary>
/// The platform exports row by row (not the product's merged titles), for judging results as
/// eval/README.md says: a result is matched back to the raw rows by (normalised title, type, release year
/// within 1, or 3 for series), and its constraints are checked on what those rows say.
/// </summary>
public sealed class RawCatalog
{
    private readonly Dictionary<(string Name, ContentType Type), List<CatalogEntry>> byName;

    private RawCatalog(IEnumerable<CatalogEntry> entries) =>
        byName = entries.GroupBy(e => (TitleNormaliser.Normalise(e.Name), e.Type)).ToDictionary(g => g.Key, g => g.ToList());

    public static RawCatalog Load(string directory)
    {
        var ingestion = new CatalogIngestion(CatalogTaxonomy.Default, IngestionLimits.Default);
        var entries = new List<CatalogEntry>();
        foreach (var feed in CatalogDirectory.Discover(directory).Feeds)
        {
            using var stream = File.OpenRead(feed.Location);
            entries.AddRange(ingestion.ReadFeed(feed.Platform, stream).Entries);
        }
        return new RawCatalog(entries);
    }

    public IReadOnlyList<CatalogEntry> Match(string title, ContentType type, int? year)
    {
        if (!byName.TryGetValue((TitleNormaliser.Normalise(title), type), out var rows))
            return [];
        var tolerance = type == ContentType.Series ? 3 : 1;
        return rows.Where(r => year is null || r.ReleaseYear is null || Math.Abs(r.ReleaseYear.Value - year.Value) <= tolerance).ToList();
    }

    /// <summary>How many distinct titles (title, type, year) of the catalog satisfy the constraints.</summary>
    public int CountSatisfying(JsonElement slots) => byName.Values
        .SelectMany(rows => rows.GroupBy(r => r.ReleaseYear))
        .Count(group => Satisfies(group.ToList(), slots));

    /// <summary>Whether what the matched rows say satisfies every hard constraint in the gold slots.</summary>
    public static bool Satisfies(IReadOnlyList<CatalogEntry> rows, JsonElement slots)
    {
        if (rows.Count == 0)
            return false;
        var genres = rows.SelectMany(r => r.Genres).ToHashSet(StringComparer.Ordinal);
        var countries = rows.SelectMany(r => r.Countries).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var cast = rows.SelectMany(r => r.Cast).Select(TitleNormaliser.Normalise).ToHashSet(StringComparer.Ordinal);
        var directors = rows.SelectMany(r => r.Directors).Select(TitleNormaliser.Normalise).ToHashSet(StringComparer.Ordinal);
        return Strings(slots, "genres").All(genres.Contains)
            && !Strings(slots, "excludeGenres").Any(genres.Contains)
            && AnyOf(slots, "platforms", p => rows.Any(r => r.Platform == p))
            && AnyOf(slots, "countries", countries.Contains)
            && AnyOf(slots, "types", t => rows.Any(r => r.Type.ToWire() == t))
            && InRange(slots, "releaseYear", rows.Select(r => r.ReleaseYear))
            && InRange(slots, "runtimeMinutes", rows.Select(r => r.RuntimeMinutes))
            && AgeAllowed(slots, rows)
            && People(slots).All(p => p.Role switch
            {
                "director" => directors.Contains(p.Name),
                "cast" => cast.Contains(p.Name),
                _ => cast.Contains(p.Name) || directors.Contains(p.Name),
            });
    }

    private static IEnumerable<string> Strings(JsonElement slots, string name) =>
        slots.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().Select(x => x.GetString()!) : [];

    private static bool AnyOf(JsonElement slots, string name, Func<string, bool> has)
    {
        var wanted = Strings(slots, name).ToList();
        return wanted.Count == 0 || wanted.Any(has);
    }

    private static bool InRange(JsonElement slots, string name, IEnumerable<int?> values)
    {
        if (!slots.TryGetProperty(name, out var r) || r.ValueKind != JsonValueKind.Object)
            return true;
        var range = new IntRange(Number(r, "min"), Number(r, "max"));
        return values.Any(range.Contains);
    }

    private static bool AgeAllowed(JsonElement slots, IReadOnlyList<CatalogEntry> rows) =>
        Number(slots, "maxMinAge") is not { } max || rows.Any(r => r.MinAge is { } age && age <= max);

    private static IEnumerable<(string Name, string Role)> People(JsonElement slots) =>
        slots.TryGetProperty("people", out var p) && p.ValueKind == JsonValueKind.Array
            ? p.EnumerateArray().Select(x => (TitleNormaliser.Normalise(x.GetProperty("name").GetString()),
                x.TryGetProperty("role", out var role) ? role.GetString() ?? "any" : "any"))
            : [];

    private static int? Number(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;
}
