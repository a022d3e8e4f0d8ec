using System.Globalization;
using System.Text.Json;
using MediaDiscovery.Core.Catalog;

namespace MediaDiscovery.Evaluation;

/// <summary>
/// An intent's slots as the set of (slot, value) pairs the evaluation compares (eval/README.md): types, genres,
/// excludeGenres, platforms, countries, people names, releaseYear.min/max, runtimeMinutes.min/max, maxMinAge,
/// similarTo, availableNow=true. <c>text</c> is not judged.
/// </summary>
public static class SlotPairs
{
    public static HashSet<string> From(JsonElement slots)
    {
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var list in new[] { "types", "genres", "excludeGenres", "platforms", "countries" })
        {
            if (slots.TryGetProperty(list, out var values) && values.ValueKind == JsonValueKind.Array)
            {
                foreach (var v in values.EnumerateArray())
                    pairs.Add($"{list}={v.GetString()?.ToLowerInvariant()}");
            }
        }
        if (slots.TryGetProperty("people", out var people) && people.ValueKind == JsonValueKind.Array)
        {
            foreach (var p in people.EnumerateArray())
                pairs.Add($"people={TitleNormaliser.Normalise(p.GetProperty("name").GetString())}");
        }
        foreach (var range in new[] { "releaseYear", "runtimeMinutes" })
        {
            if (slots.TryGetProperty(range, out var r) && r.ValueKind == JsonValueKind.Object)
            {
                AddNumber(pairs, $"{range}.min", r, "min");
                AddNumber(pairs, $"{range}.max", r, "max");
            }
        }
        AddNumber(pairs, "maxMinAge", slots, "maxMinAge");
        if (slots.TryGetProperty("similarTo", out var similar) && similar.ValueKind == JsonValueKind.String)
            pairs.Add($"similarTo={TitleNormaliser.Normalise(similar.GetString())}");
        if (slots.TryGetProperty("availableNow", out var now) && now.ValueKind == JsonValueKind.True)
            pairs.Add("availableNow=true");
        return pairs;
    }

    private static void AddNumber(HashSet<string> pairs, string name, JsonElement owner, string property)
    {
        if (owner.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.Number)
            pairs.Add($"{name}={v.GetInt32().ToString(CultureInfo.InvariantCulture)}");
    }
}
