using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Embedded.Search;

/// <summary>
/// The recommendations' view of the search snapshot: the in-memory title table and the title vectors (GloVe SIF,
/// the same ones vector search uses). Each call reads the current snapshot once.
/// </summary>
public sealed class SnapshotTitleVectors(ISearchIndexSource indexes) : ITitleVectors, ITitleTableSource
{
    public TitleTable Current => indexes.Current.Titles;

    public int Dimensions => indexes.Current.Vectors?.Dimensions ?? 0;

    public bool TryGetVector(string titleId, Span<float> destination)
    {
        var snapshot = indexes.Current;
        if (snapshot.Vectors is not { } vectors || !snapshot.Titles.TryGetOrdinal(titleId, out var ordinal) || !vectors.Has(ordinal)
            || destination.Length < vectors.Dimensions)
            return false;
        vectors.Row(ordinal).CopyTo(destination);
        return true;
    }

    public IReadOnlyList<SimilarTitle> Nearest(ReadOnlySpan<float> query, Func<Title, bool>? accept, int k)
    {
        var snapshot = indexes.Current;
        if (snapshot.Vectors is not { } vectors)
            return [];
        FilterMask? mask = null;
        if (accept is not null)
        {
            mask = new FilterMask(snapshot.Titles.Count);
            for (var i = 0; i < snapshot.Titles.Count; i++)
            {
                if (vectors.Has(i) && accept(snapshot.Titles.Titles[i]))
                    mask.Set(i);
            }
        }
        return vectors.Search(query, mask, k).Select(h => new SimilarTitle(snapshot.Titles.Titles[h.Ordinal].Id, h.Score)).ToList();
    }
}
