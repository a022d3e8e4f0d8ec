using MediaDiscovery.Core.Catalog;

namespace MediaDiscovery.Core.Search;

/// <summary>
/// <see cref="SearchFilters"/> compiled into a predicate over titles, as the evaluation judges them: all genres,
/// none of the excluded, any platform (available now), any country, any type, year and runtime ranges (unknown
/// fails a bounded range), maximum minimum age (unrated fails), every person in the given role.
/// </summary>
public sealed class TitleFilter
{
    private readonly SearchFilters filters;
    private readonly PersonFilter[] people;

    public TitleFilter(SearchFilters filters)
    {
        this.filters = filters;
        people = filters.People.Select(p => p with { Name = PersonNames.Normalise(p.Name) }).ToArray();
        AcceptsEverything = filters.IsEmpty;
    }

    public static readonly TitleFilter None = new(SearchFilters.None);

    public bool AcceptsEverything { get; }

    public bool Matches(Title t)
    {
        if (AcceptsEverything)
            return true;
        var f = filters;
        return (f.Types.Count == 0 || f.Types.Contains(t.Type))
            && f.ReleaseYear.Contains(t.ReleaseYear)
            && f.RuntimeMinutes.Contains(t.RuntimeMinutes)
            && (f.MaxMinAge is null || (t.MinAge is { } age && age <= f.MaxMinAge))
            && f.Genres.All(g => t.Genres.Contains(g))
            && !f.ExcludeGenres.Any(g => t.Genres.Contains(g))
            && (f.Countries.Count == 0 || f.Countries.Any(c => t.Countries.Contains(c, StringComparer.OrdinalIgnoreCase)))
            && MatchesAvailability(t)
            && people.All(p => Credits(t, p));
    }

    private bool MatchesAvailability(Title t)
    {
        if (filters.Platforms.Count == 0 && !filters.AvailableNow)
            return true;
        foreach (var a in t.Availability)
        {
            if (a.Available && (filters.Platforms.Count == 0 || filters.Platforms.Contains(a.Platform)))
                return true;
        }
        return false;
    }

    private static bool Credits(Title t, PersonFilter p) => p.Role switch
    {
        PersonRole.Cast => t.Cast.Any(n => PersonNames.Normalise(n) == p.Name),
        PersonRole.Director => t.Directors.Any(n => PersonNames.Normalise(n) == p.Name),
        _ => t.Cast.Any(n => PersonNames.Normalise(n) == p.Name) || t.Directors.Any(n => PersonNames.Normalise(n) == p.Name),
    };
}
