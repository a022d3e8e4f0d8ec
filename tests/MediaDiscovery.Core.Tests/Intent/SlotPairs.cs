using System.Globalization;
using System.Text.Json;
using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Core.Tests.Intent;

/// <summary>
/// The evaluation's slot pairs (eval/README.md): one (slot, value) pair per type, genre, excluded genre, platform,
/// country, person name, year and runtime bound, maximum age, similar title, and availableNow when true. Names and
/// titles compare in title normal form, countries ignoring case.
/// </summary>
public static class SlotPairs
{
    public static HashSet<string> Of(SearchIntent intent)
    {
        var f = intent.Filters;
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        pairs.UnionWith(f.Types.Select(t => "types=" + t.ToWire()));
        pairs.UnionWith(f.Genres.Select(g => "genres=" + g));
        pairs.UnionWith(f.ExcludeGenres.Select(g => "excludeGenres=" + g));
        pairs.UnionWith(f.Platforms.Select(p => "platforms=" + p));
        pairs.UnionWith(f.Countries.Select(c => "countries=" + c.ToLowerInvariant()));
        pairs.UnionWith(f.People.Select(p => "people=" + TitleNormaliser.Normalise(p.Name)));
        AddNumber(pairs, "releaseYear.min", f.ReleaseYear.Min);
        AddNumber(pairs, "releaseYear.max", f.ReleaseYear.Max);
        AddNumber(pairs, "runtimeMinutes.min", f.RuntimeMinutes.Min);
        AddNumber(pairs, "runtimeMinutes.max", f.RuntimeMinutes.Max);
        AddNumber(pairs, "maxMinAge", f.MaxMinAge);
        if (intent.SimilarTo is { } similar)
            pairs.Add("similarTo=" + TitleNormaliser.Normalise(similar));
        if (f.AvailableNow)
            pairs.Add("availableNow=true");
        return pairs;
    }

    /// <summary>The gold pairs of a dev-set <c>slots</c> object.</summary>
    public static HashSet<string> Of(JsonElement slots)
    {
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in new[] { "types", "genres", "excludeGenres", "platforms" })
            pairs.UnionWith(Strings(slots, name).Select(v => name + "=" + v));
        pairs.UnionWith(Strings(slots, "countries").Select(c => "countries=" + c.ToLowerInvariant()));
        if (slots.TryGetProperty("people", out var people))
            pairs.UnionWith(people.EnumerateArray().Select(p => "people=" + TitleNormaliser.Normalise(p.GetProperty("name").GetString())));
        foreach (var range in new[] { "releaseYear", "runtimeMinutes" })
        {
            if (!slots.TryGetProperty(range, out var r))
                continue;
            AddNumber(pairs, range + ".min", Number(r, "min"));
            AddNumber(pairs, range + ".max", Number(r, "max"));
        }
        AddNumber(pairs, "maxMinAge", Number(slots, "maxMinAge"));
        if (slots.TryGetProperty("similarTo", out var similar) && similar.ValueKind == JsonValueKind.String)
            pairs.Add("similarTo=" + TitleNormaliser.Normalise(similar.GetString()));
        if (slots.TryGetProperty("availableNow", out var now) && now.ValueKind == JsonValueKind.True)
            pairs.Add("availableNow=true");
        return pairs;
    }

    private static IEnumerable<string> Strings(JsonElement e, string name) =>
        e.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray().Select(v => v.GetString()!) : [];

    private static int? Number(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;

    private static void AddNumber(HashSet<string> pairs, string name, int? value)
    {
        if (value is { } v)
            pairs.Add(name + "=" + v.ToString(CultureInfo.InvariantCulture));
    }
}
