using System.Text.Json;
using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Catalog.Ingestion;
using MediaDiscovery.Core.Intent;
using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Aws.Intent;

/// <summary>
/// Turns the model's tool input into a <see cref="SearchIntent"/>, keeping only what the vocabularies know:
/// taxonomy genres and platforms, the catalog's countries, people and titles (in the catalog's spelling), sane
/// numbers. Anything else is dropped, never passed through.
/// </summary>
public static class ToolInputReader
{
    private const int MaxTextChars = 500;
    private const int MaxItems = 20;

    /// <summary>Confidence of a validated model answer (the model gives none of its own).</summary>
    public const double ModelConfidence = 0.85;

    public static SearchIntent Read(JsonElement input, CatalogTaxonomy taxonomy, IntentGazetteer gazetteer)
    {
        var similarTo = Title(String(input, "similarTo"), gazetteer);
        var intent = Kind(String(input, "intent"));
        if (intent == IntentKind.Similar && similarTo is null)
            intent = IntentKind.Search;
        var filters = new SearchFilters
        {
            Types = Strings(input, "types").Select(t => ContentTypes.TryParseWire(t, out var type) ? (ContentType?)type : null)
                .OfType<ContentType>().Distinct().ToList(),
            Genres = Strings(input, "genres").Where(taxonomy.IsCanonicalGenre).Distinct(StringComparer.Ordinal).ToList(),
            ExcludeGenres = Strings(input, "excludeGenres").Where(taxonomy.IsCanonicalGenre).Distinct(StringComparer.Ordinal).ToList(),
            Platforms = Strings(input, "platforms").Where(p => taxonomy.PlatformById(p) is not null).Distinct(StringComparer.Ordinal).ToList(),
            Countries = Strings(input, "countries").Select(c => gazetteer.TryGetCountry(c, out var country) ? country : null)
                .OfType<string>().Distinct(StringComparer.Ordinal).ToList(),
            ReleaseYear = Range(input, "releaseYear", 1880, 2100),
            RuntimeMinutes = Range(input, "runtimeMinutes", 1, 1000),
            MaxMinAge = Int(input, "maxMinAge", 0, 21),
            People = People(input, gazetteer),
            AvailableNow = input.TryGetProperty("availableNow", out var now) && now.ValueKind == JsonValueKind.True,
        };
        var text = String(input, "text") ?? "";
        return new SearchIntent
        {
            Intent = intent,
            Filters = filters,
            SimilarTo = similarTo,
            Text = text.Length <= MaxTextChars ? text : text[..MaxTextChars],
            Source = BedrockIntentExtractor.SourceName,
            Confidence = ModelConfidence,
        };
    }

    private static IntentKind Kind(string? value) => value switch
    {
        "recommend" => IntentKind.Recommend,
        "similar" => IntentKind.Similar,
        "lookup" => IntentKind.Lookup,
        _ => IntentKind.Search,
    };

    private static string? Title(string? name, IntentGazetteer gazetteer) =>
        name is not null && gazetteer.TryGetTitle(TitleNormaliser.Normalise(name), out var title) ? title.Name : null;

    private static List<PersonFilter> People(JsonElement input, IntentGazetteer gazetteer)
    {
        var people = new List<PersonFilter>();
        if (!input.TryGetProperty("people", out var array) || array.ValueKind != JsonValueKind.Array)
            return people;
        foreach (var item in array.EnumerateArray().Take(MaxItems))
        {
            if (item.ValueKind != JsonValueKind.Object || String(item, "name") is not { } name
                || !gazetteer.TryGetPerson(PersonNames.Normalise(name), out var person))
                continue;
            var role = String(item, "role") switch
            {
                "cast" => PersonRole.Cast,
                "director" => PersonRole.Director,
                _ => PersonRole.Any,
            };
            var filter = new PersonFilter(person.Name, role);
            if (!people.Contains(filter))
                people.Add(filter);
        }
        return people;
    }

    private static string? String(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static IEnumerable<string> Strings(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Take(MaxItems).Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!)
            : [];

    private static int? Int(JsonElement e, string name, int min, int max) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) && n >= min && n <= max ? n : null;

    private static IntRange Range(JsonElement e, string name, int min, int max)
    {
        if (!e.TryGetProperty(name, out var r) || r.ValueKind != JsonValueKind.Object)
            return IntRange.Any;
        var range = new IntRange(Int(r, "min", min, max), Int(r, "max", min, max));
        return range.Min > range.Max ? IntRange.Any : range;
    }
}
