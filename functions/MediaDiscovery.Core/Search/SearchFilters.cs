using MediaDiscovery.Core.Catalog;

namespace MediaDiscovery.Core.Search;

/// <summary>
/// Hard constraints on results (API.md <c>intent.filters</c>). <see cref="Genres"/> means all of them;
/// <see cref="Platforms"/>, <see cref="Types"/> and <see cref="Countries"/> mean any of them; every person must
/// be credited. Filters are always applied as filters, never as boosts.
/// </summary>
public sealed record SearchFilters
{
    public static readonly SearchFilters None = new();

    public IReadOnlyList<ContentType> Types { get; init; } = [];
    public IReadOnlyList<string> Genres { get; init; } = [];
    public IReadOnlyList<string> ExcludeGenres { get; init; } = [];
    public IReadOnlyList<string> Platforms { get; init; } = [];
    public IReadOnlyList<string> Countries { get; init; } = [];
    public IntRange ReleaseYear { get; init; } = IntRange.Any;
    public IntRange RuntimeMinutes { get; init; } = IntRange.Any;

    /// <summary>The oldest minimum viewer age allowed; unrated titles do not pass.</summary>
    public int? MaxMinAge { get; init; }

    public IReadOnlyList<PersonFilter> People { get; init; } = [];

    /// <summary>Only titles available on some platform now (on one of <see cref="Platforms"/> if given).</summary>
    public bool AvailableNow { get; init; }

    public bool IsEmpty =>
        Types.Count == 0 && Genres.Count == 0 && ExcludeGenres.Count == 0 && Platforms.Count == 0 && Countries.Count == 0
        && ReleaseYear.IsAny && RuntimeMinutes.IsAny && MaxMinAge is null && People.Count == 0 && !AvailableNow;

    /// <summary>
    /// These filters (explicit, from the request) over <paramref name="extracted"/> (from the query text): each
    /// slot the request sets wins; slots it leaves empty come from the extraction.
    /// </summary>
    public SearchFilters Over(SearchFilters extracted) => new()
    {
        Types = Types.Count > 0 ? Types : extracted.Types,
        Genres = Genres.Count > 0 ? Genres : extracted.Genres,
        ExcludeGenres = ExcludeGenres.Count > 0 ? ExcludeGenres : extracted.ExcludeGenres,
        Platforms = Platforms.Count > 0 ? Platforms : extracted.Platforms,
        Countries = Countries.Count > 0 ? Countries : extracted.Countries,
        ReleaseYear = ReleaseYear.IsAny ? extracted.ReleaseYear : ReleaseYear,
        RuntimeMinutes = RuntimeMinutes.IsAny ? extracted.RuntimeMinutes : RuntimeMinutes,
        MaxMinAge = MaxMinAge ?? extracted.MaxMinAge,
        People = People.Count > 0 ? People : extracted.People,
        AvailableNow = AvailableNow || extracted.AvailableNow,
    };
}
