using MediaDiscovery.Core.Catalog;

namespace MediaDiscovery.Core.Search;

/// <summary>
/// <see cref="SearchFilters"/> compiled into a predicate over titles, as the evaluation judges them: all genres,
/// none of the excluded, any platform (available now), any country, any type, year and runtime ranges (unknown
/// fails a bounded range), maximum minimum age (unrated fails), every person in the given role.
/// It runs once per title per filtered query (22k times), so it uses arrays and loops, no per-title allocation.
/// </summary>
public sealed class TitleFilter
{
    private readonly SearchFilters filters;
    private readonly ContentType[] types;
    private readonly string[] genres;
    private readonly string[] excludeGenres;
    private readonly string[] platforms;
    private readonly HashSet<string>? countries;
    private readonly PersonFilter[] people;
    private readonly bool checkAvailability;

    public TitleFilter(SearchFilters filters)
    {
        this.filters = filters;
        types = [.. filters.Types];
        genres = [.. filters.Genres];
        excludeGenres = [.. filters.ExcludeGenres];
        platforms = [.. filters.Platforms];
        countries = filters.Countries.Count == 0 ? null : new HashSet<string>(filters.Countries, StringComparer.OrdinalIgnoreCase);
        people = filters.People.Select(p => p with { Name = PersonNames.Normalise(p.Name) }).ToArray();
        checkAvailability = platforms.Length > 0 || filters.AvailableNow;
        AcceptsEverything = filters.IsEmpty;
    }

    public static readonly TitleFilter None = new(SearchFilters.None);

    public bool AcceptsEverything { get; }

    public SearchFilters Filters => filters;

    public bool Matches(Title t)
    {
        if (AcceptsEverything)
            return true;
        return (types.Length == 0 || Array.IndexOf(types, t.Type) >= 0)
            && filters.ReleaseYear.Contains(t.ReleaseYear)
            && filters.RuntimeMinutes.Contains(t.RuntimeMinutes)
            && (filters.MaxMinAge is null || (t.MinAge is { } age && age <= filters.MaxMinAge))
            && HasAllGenres(t.Genres)
            && !HasAnyExcludedGenre(t.Genres)
            && (countries is null || HasAnyCountry(t.Countries))
            && (!checkAvailability || IsAvailable(t.Availability))
            && (people.Length == 0 || CreditsEveryone(t));
    }

    private bool HasAllGenres(IReadOnlyList<string> titleGenres)
    {
        foreach (var genre in genres)
        {
            if (!Contains(titleGenres, genre))
                return false;
        }
        return true;
    }

    private bool HasAnyExcludedGenre(IReadOnlyList<string> titleGenres)
    {
        foreach (var genre in excludeGenres)
        {
            if (Contains(titleGenres, genre))
                return true;
        }
        return false;
    }

    private bool HasAnyCountry(IReadOnlyList<string> titleCountries)
    {
        for (var i = 0; i < titleCountries.Count; i++)
        {
            if (countries!.Contains(titleCountries[i]))
                return true;
        }
        return false;
    }

    private bool IsAvailable(IReadOnlyList<PlatformAvailability> availability)
    {
        for (var i = 0; i < availability.Count; i++)
        {
            var a = availability[i];
            if (a.Available && (platforms.Length == 0 || Array.IndexOf(platforms, a.Platform) >= 0))
                return true;
        }
        return false;
    }

    private bool CreditsEveryone(Title t)
    {
        foreach (var person in people)
        {
            if (!Credits(t, person))
                return false;
        }
        return true;
    }

    private static bool Credits(Title t, PersonFilter p) => p.Role switch
    {
        PersonRole.Cast => Names(t.Cast, p.Name),
        PersonRole.Director => Names(t.Directors, p.Name),
        _ => Names(t.Cast, p.Name) || Names(t.Directors, p.Name),
    };

    private static bool Names(IReadOnlyList<string> credits, string normalisedName)
    {
        for (var i = 0; i < credits.Count; i++)
        {
            if (PersonNames.Normalise(credits[i]) == normalisedName)
                return true;
        }
        return false;
    }

    private static bool Contains(IReadOnlyList<string> values, string value)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (string.Equals(values[i], value, StringComparison.Ordinal))
                return true;
        }
        return false;
    }
}
