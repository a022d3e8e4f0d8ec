using System.Collections.Frozen;
using MediaDiscovery.Core.Catalog;

namespace MediaDiscovery.Core.Search;

/// <summary>
/// An immutable, in-memory snapshot of the catalog for retrieval: every title at a dense ordinal (its row in
/// vector matrices and filter masks), looked up by id. Replaced whole when the catalog changes.
/// </summary>
public sealed class TitleTable
{
    private readonly FrozenDictionary<string, int> ordinalById;
    private readonly Lazy<TitleFacets?> facets;

    private TitleTable(IReadOnlyList<Title> titles, long catalogVersion)
    {
        Titles = titles;
        CatalogVersion = catalogVersion;
        ordinalById = titles.Select((t, i) => (t.Id, i)).ToFrozenDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        facets = new Lazy<TitleFacets?>(() => TitleFacets.TryBuild(titles));
    }

    public static readonly TitleTable Empty = new([], 0);

    /// <summary>Titles sorted by id, so ordinals are stable for the same catalog.</summary>
    public IReadOnlyList<Title> Titles { get; }

    public long CatalogVersion { get; }

    public int Count => Titles.Count;

    public static TitleTable Build(IEnumerable<Title> titles, long catalogVersion) =>
        new(titles.OrderBy(t => t.Id, StringComparer.Ordinal).ToList(), catalogVersion);

    public bool TryGetOrdinal(string id, out int ordinal) => ordinalById.TryGetValue(id, out ordinal);

    public Title? Find(string id) => ordinalById.TryGetValue(id, out var i) ? Titles[i] : null;

    /// <summary>Which ordinals pass the filter (null = all of them).</summary>
    public FilterMask? Mask(TitleFilter filter)
    {
        if (filter.AcceptsEverything)
            return null;
        var mask = new FilterMask(Count);
        if (facets.Value is { } flat)
        {
            flat.Fill(filter, Titles, mask);
            return mask;
        }
        for (var i = 0; i < Titles.Count; i++)
        {
            if (filter.Matches(Titles[i]))
                mask.Set(i);
        }
        return mask;
    }
}
