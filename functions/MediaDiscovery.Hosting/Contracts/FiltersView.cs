using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Catalog.Ingestion;
using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Hosting.Contracts;

/// <summary>
/// <c>intent.filters</c> on the wire, both ways: written in full from <see cref="SearchFilters"/>, and read from a
/// request (<c>POST /api/v1/search</c> <c>filters</c>), where every key is optional and unknown ids are errors.
/// </summary>
public sealed record FiltersView(
    IReadOnlyList<string>? Types = null,
    IReadOnlyList<string>? Genres = null,
    IReadOnlyList<string>? ExcludeGenres = null,
    IReadOnlyList<string>? Platforms = null,
    IReadOnlyList<string>? Countries = null,
    RangeView? ReleaseYear = null,
    RangeView? RuntimeMinutes = null,
    int? MaxMinAge = null,
    IReadOnlyList<PersonView>? People = null,
    bool? AvailableNow = null)
{
    private const int MaxValues = 50;
    private const int MaxValueChars = 200;

    public static FiltersView From(SearchFilters filters)
    {
        ArgumentNullException.ThrowIfNull(filters);
        return new FiltersView(
            filters.Types.Select(t => t.ToWire()).ToList(),
            filters.Genres,
            filters.ExcludeGenres,
            filters.Platforms,
            filters.Countries,
            new RangeView(filters.ReleaseYear.Min, filters.ReleaseYear.Max),
            new RangeView(filters.RuntimeMinutes.Min, filters.RuntimeMinutes.Max),
            filters.MaxMinAge,
            filters.People.Select(PersonView.From).ToList(),
            filters.AvailableNow);
    }

    /// <summary>
    /// The filters a request states; <paramref name="errors"/> (keyed <c>filters.genres</c>, ...) lists every value
    /// that is not in the vocabularies, with the valid ones. The result is only meaningful when there are none.
    /// </summary>
    public SearchFilters ToFilters(CatalogTaxonomy taxonomy, out Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        var found = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var genreIds = taxonomy.Genres.Select(g => g.Id).ToList();
        var platformIds = taxonomy.Platforms.Select(p => p.Id).ToList();
        var types = Known(Types, "filters.types", ["movie", "series"], found)
            .Select(t => ContentTypes.TryParseWire(t, out var type) ? type : ContentType.Movie).Distinct().ToList();
        var filters = new SearchFilters
        {
            Types = types,
            Genres = Known(Genres, "filters.genres", genreIds, found),
            ExcludeGenres = Known(ExcludeGenres, "filters.excludeGenres", genreIds, found),
            Platforms = Known(Platforms, "filters.platforms", platformIds, found),
            Countries = FreeText(Countries, "filters.countries", found),
            ReleaseYear = Range(ReleaseYear, "filters.releaseYear", 1800, 2200, found),
            RuntimeMinutes = Range(RuntimeMinutes, "filters.runtimeMinutes", 0, 10_000, found),
            MaxMinAge = Age(MaxMinAge, found),
            People = ParsePeople(found),
            AvailableNow = AvailableNow ?? false,
        };
        errors = found;
        return filters;
    }

    private static List<string> Known(IReadOnlyList<string>? values, string key, IReadOnlyList<string> valid, Dictionary<string, string[]> errors)
    {
        if (values is null)
            return [];
        var unknown = values.Where(v => v is null || !valid.Contains(v, StringComparer.Ordinal)).ToList();
        if (values.Count > MaxValues)
            errors[key] = [$"At most {MaxValues} values."];
        else if (unknown.Count > 0)
            errors[key] = [$"Unknown value(s) {string.Join(", ", unknown.Select(Quote))}; valid values are: {string.Join(", ", valid)}."];
        return values.Where(v => v is not null && valid.Contains(v, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
    }

    private static List<string> FreeText(IReadOnlyList<string>? values, string key, Dictionary<string, string[]> errors)
    {
        if (values is null)
            return [];
        if (values.Count > MaxValues || values.Any(v => string.IsNullOrWhiteSpace(v) || v.Length > MaxValueChars))
            errors[key] = [$"At most {MaxValues} non-empty values of at most {MaxValueChars} characters."];
        return values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    private static IntRange Range(RangeView? range, string key, int lowest, int highest, Dictionary<string, string[]> errors)
    {
        if (range is null)
            return IntRange.Any;
        var outside = range.Min < lowest || range.Max > highest || range.Min > highest || range.Max < lowest;
        if (outside || range.Min > range.Max)
            errors[key] = [$"min and max must lie in {lowest}..{highest} with min <= max."];
        return new IntRange(range.Min, range.Max);
    }

    private static int? Age(int? age, Dictionary<string, string[]> errors)
    {
        if (age is < 0 or > 21)
            errors["filters.maxMinAge"] = ["maxMinAge must lie in 0..21."];
        return age;
    }

    private List<PersonFilter> ParsePeople(Dictionary<string, string[]> errors)
    {
        if (People is null)
            return [];
        var people = new List<PersonFilter>();
        foreach (var person in People)
        {
            if (person is null || string.IsNullOrWhiteSpace(person.Name) || person.Name.Length > MaxValueChars || !PersonView.TryParseRole(person.Role, out var role))
            {
                errors["filters.people"] = ["Each person needs a name (at most 200 characters) and a role: cast, director or any."];
                continue;
            }
            people.Add(new PersonFilter(person.Name.Trim(), role));
        }
        if (People.Count > MaxValues)
            errors["filters.people"] = [$"At most {MaxValues} people."];
        return people;
    }

    private static string Quote(string? value) => value is null ? "null" : "'" + (value.Length <= 40 ? value : value[..40] + "...") + "'";
}
