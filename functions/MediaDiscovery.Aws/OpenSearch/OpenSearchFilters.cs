using System.Text.Json.Nodes;
using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Aws.OpenSearch;

/// <summary>
/// <see cref="SearchFilters"/> as OpenSearch filter clauses, with <see cref="TitleFilter"/>'s meaning: all genres
/// (one <c>term</c> each), no excluded genre, any type/country, any platform available now, ranges where an unknown
/// value fails a bounded range (a <c>range</c> never matches a missing field), every person in their role.
/// </summary>
public static class OpenSearchFilters
{
    /// <summary>A <c>bool</c> with the <c>filter</c> and <c>must_not</c> clauses, or null when nothing is filtered.</summary>
    public static JsonObject? Build(SearchFilters filters)
    {
        ArgumentNullException.ThrowIfNull(filters);
        var (must, mustNot) = Clauses(filters);
        if (must.Count == 0 && mustNot.Count == 0)
            return null;
        var boolean = new JsonObject();
        if (must.Count > 0)
            boolean["filter"] = new JsonArray([.. must]);
        if (mustNot.Count > 0)
            boolean["must_not"] = new JsonArray([.. mustNot]);
        return new JsonObject { ["bool"] = boolean };
    }

    /// <summary>The clauses to put in a query's own <c>bool.filter</c> and <c>bool.must_not</c>.</summary>
    public static (List<JsonNode> Filter, List<JsonNode> MustNot) Clauses(SearchFilters filters)
    {
        var must = new List<JsonNode>();
        var mustNot = new List<JsonNode>();
        if (filters.Types.Count > 0)
            must.Add(Terms("type", filters.Types.Select(t => t.ToWire())));
        foreach (var genre in filters.Genres)
            must.Add(Term("genres", genre));
        if (filters.ExcludeGenres.Count > 0)
            mustNot.Add(Terms("genres", filters.ExcludeGenres));
        if (filters.Platforms.Count > 0)
            must.Add(Terms("availablePlatforms", filters.Platforms));
        else if (filters.AvailableNow)
            must.Add(new JsonObject { ["exists"] = new JsonObject { ["field"] = "availablePlatforms" } });
        if (filters.Countries.Count > 0)
            must.Add(Terms("countries", filters.Countries));
        AddRange(must, "releaseYear", filters.ReleaseYear);
        AddRange(must, "runtimeMinutes", filters.RuntimeMinutes);
        if (filters.MaxMinAge is { } maxMinAge)
            must.Add(Range("minAge", null, maxMinAge));
        foreach (var person in filters.People)
            must.Add(Credits(person));
        return (must, mustNot);
    }

    private static JsonNode Credits(PersonFilter person)
    {
        var name = PersonNames.Normalise(person.Name);
        return person.Role switch
        {
            PersonRole.Cast => Term("castNames", name),
            PersonRole.Director => Term("directorNames", name),
            _ => new JsonObject
            {
                ["bool"] = new JsonObject
                {
                    ["should"] = new JsonArray(Term("castNames", name), Term("directorNames", name)),
                    ["minimum_should_match"] = 1,
                },
            },
        };
    }

    private static void AddRange(List<JsonNode> must, string field, IntRange range)
    {
        if (!range.IsAny)
            must.Add(Range(field, range.Min, range.Max));
    }

    private static JsonObject Range(string field, int? min, int? max)
    {
        var bounds = new JsonObject();
        if (min is { } gte)
            bounds["gte"] = gte;
        if (max is { } lte)
            bounds["lte"] = lte;
        return new JsonObject { ["range"] = new JsonObject { [field] = bounds } };
    }

    private static JsonObject Term(string field, string value) =>
        new() { ["term"] = new JsonObject { [field] = value } };

    private static JsonObject Terms(string field, IEnumerable<string> values) =>
        new() { ["terms"] = new JsonObject { [field] = new JsonArray(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray()) } };
}
