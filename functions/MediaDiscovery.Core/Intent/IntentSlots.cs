using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Core.Intent;

/// <summary>The slots the rules fill while reading one query, turned into a <see cref="SearchIntent"/> at the end.</summary>
public sealed class IntentSlots
{
    public IntentKind Intent { get; set; } = IntentKind.Search;
    public List<ContentType> Types { get; } = [];
    public List<string> Genres { get; } = [];
    public List<string> ExcludeGenres { get; } = [];
    public List<string> Platforms { get; } = [];
    public List<string> Countries { get; } = [];
    public List<PersonFilter> People { get; } = [];
    public List<string> Unsupported { get; } = [];
    public YearBounds Years { get; } = new();
    public int? RuntimeMin { get; set; }
    public int? RuntimeMax { get; set; }
    public int? MaxMinAge { get; private set; }
    public bool AvailableNow { get; set; }
    public string? SimilarTo { get; set; }

    /// <summary>Readings the rules took on weaker evidence (a surname alone, a title that is also a word).</summary>
    public int Guesses { get; set; }

    public void LimitAge(int age) => MaxMinAge = MaxMinAge is { } current ? Math.Min(current, age) : age;

    public static void AddDistinct<T>(List<T> list, T value)
    {
        if (!list.Contains(value))
            list.Add(value);
    }

    public SearchFilters ToFilters()
    {
        var genres = Genres.Where(g => !ExcludeGenres.Contains(g)).ToList();
        var runtime = new IntRange(RuntimeMin, RuntimeMax);
        if (runtime.Min > runtime.Max)
            runtime = IntRange.Any;
        // Series carry no runtime in the catalog, so a runtime bound reads as "movies" (and never applies to series alone).
        var types = Types.ToList();
        if (!runtime.IsAny && types.Count == 0)
            types.Add(ContentType.Movie);
        if (types is [ContentType.Series])
            runtime = IntRange.Any;
        return new SearchFilters
        {
            Types = types,
            Genres = genres,
            ExcludeGenres = ExcludeGenres.ToList(),
            Platforms = Platforms.ToList(),
            Countries = Countries.ToList(),
            ReleaseYear = Years.ToRange(),
            RuntimeMinutes = runtime,
            MaxMinAge = MaxMinAge,
            People = People.ToList(),
            AvailableNow = AvailableNow,
        };
    }
}
