using MediaDiscovery.Core.Catalog;

namespace MediaDiscovery.Core.Search;

/// <summary>
/// The filterable facets of every title of a <see cref="TitleTable"/> as flat arrays (type, genre and available
/// platform bit sets, year, runtime, minimum age), so a query's mask is a tight loop over ordinals instead of
/// walking 22k title objects and their lists. Countries and people are not flattened: filters on them fall back to
/// <see cref="TitleFilter.Matches"/> for the titles that pass everything else.
/// </summary>
internal sealed class TitleFacets
{
    private const int MaxBits = 64;

    private readonly Dictionary<string, int> genreBit = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> platformBit = new(StringComparer.Ordinal);
    private readonly ContentType[] types;
    private readonly ulong[] genres;
    private readonly ulong[] platforms;
    private readonly int?[] years;
    private readonly int?[] runtimes;
    private readonly int?[] minAges;

    private TitleFacets(IReadOnlyList<Title> titles, IEnumerable<string> genreValues, IEnumerable<string> platformValues)
    {
        foreach (var genre in genreValues)
            genreBit[genre] = genreBit.Count;
        foreach (var platform in platformValues)
            platformBit[platform] = platformBit.Count;
        types = new ContentType[titles.Count];
        genres = new ulong[titles.Count];
        platforms = new ulong[titles.Count];
        years = new int?[titles.Count];
        runtimes = new int?[titles.Count];
        minAges = new int?[titles.Count];
        for (var i = 0; i < titles.Count; i++)
        {
            var t = titles[i];
            types[i] = t.Type;
            years[i] = t.ReleaseYear;
            runtimes[i] = t.RuntimeMinutes;
            minAges[i] = t.MinAge;
            foreach (var genre in t.Genres)
                genres[i] |= 1UL << genreBit[genre];
            foreach (var a in t.Availability)
            {
                if (a.Available)
                    platforms[i] |= 1UL << platformBit[a.Platform];
            }
        }
    }

    /// <summary>The facets, or null when the catalog has more distinct genres or platforms than a bit set holds.</summary>
    public static TitleFacets? TryBuild(IReadOnlyList<Title> titles)
    {
        var genreValues = titles.SelectMany(t => t.Genres).Distinct(StringComparer.Ordinal).ToList();
        var platformValues = titles.SelectMany(t => t.Availability).Where(a => a.Available).Select(a => a.Platform)
            .Distinct(StringComparer.Ordinal).ToList();
        return genreValues.Count > MaxBits || platformValues.Count > MaxBits ? null : new TitleFacets(titles, genreValues, platformValues);
    }

    /// <summary>Sets in <paramref name="mask"/> every ordinal that passes <paramref name="filter"/>.</summary>
    public void Fill(TitleFilter filter, IReadOnlyList<Title> titles, FilterMask mask)
    {
        var f = filter.Filters;
        // A required genre or platform no title has: nothing passes. An excluded one no title has: no constraint.
        var knownGenres = TryBits(genreBit, f.Genres, out var requiredGenres);
        var knownPlatforms = TryAnyBits(platformBit, f.Platforms, out var anyPlatform);
        if (!knownGenres || !knownPlatforms)
            return;
        TryAnyBits(genreBit, f.ExcludeGenres, out var excludedGenres);
        var checkAvailability = f.Platforms.Count > 0 || f.AvailableNow;
        var platformMask = f.Platforms.Count > 0 ? anyPlatform : ulong.MaxValue;
        var residual = f.Countries.Count > 0 || f.People.Count > 0;
        for (var i = 0; i < types.Length; i++)
        {
            if ((genres[i] & requiredGenres) != requiredGenres
                || (genres[i] & excludedGenres) != 0
                || (checkAvailability && (platforms[i] & platformMask) == 0)
                || (f.Types.Count > 0 && !Contains(f.Types, types[i]))
                || !f.ReleaseYear.Contains(years[i])
                || !f.RuntimeMinutes.Contains(runtimes[i])
                || (f.MaxMinAge is { } maxAge && !(minAges[i] is { } age && age <= maxAge))
                || (residual && !filter.Matches(titles[i])))
                continue;
            mask.Set(i);
        }
    }

    private static bool Contains(IReadOnlyList<ContentType> values, ContentType value)
    {
        for (var k = 0; k < values.Count; k++)
        {
            if (values[k] == value)
                return true;
        }
        return false;
    }

    /// <summary>All of the values' bits; false when some value has no bit (no title carries it).</summary>
    private static bool TryBits(Dictionary<string, int> bits, IReadOnlyList<string> values, out ulong set)
    {
        set = 0;
        foreach (var value in values)
        {
            if (!bits.TryGetValue(value, out var bit))
                return false;
            set |= 1UL << bit;
        }
        return true;
    }

    /// <summary>Any of the values' bits; false when the values are given but none has a bit.</summary>
    private static bool TryAnyBits(Dictionary<string, int> bits, IReadOnlyList<string> values, out ulong set)
    {
        set = 0;
        foreach (var value in values)
        {
            if (bits.TryGetValue(value, out var bit))
                set |= 1UL << bit;
        }
        return values.Count == 0 || set != 0;
    }
}
