using MediaDiscovery.Core.Catalog;

namespace MediaDiscovery.Embedded.Search;

/// <summary>
/// Re-scores a seed's nearest title vectors: a synopsis alone makes a clownfish father's ocean crossing close to any
/// story of a father and a son; shared genres and the same type bring back the titles a person would call similar.
/// </summary>
public static class SimilarTitleRanking
{
    public static List<(int Ordinal, double Score)> ReRank(
        SearchIndexSnapshot snapshot, int seed, IEnumerable<(int Ordinal, double Score)> nearest, SimilarTitleWeights weights, int k)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(weights);
        var origin = snapshot.Titles.Titles[seed];
        var genres = new HashSet<string>(origin.Genres, StringComparer.Ordinal);
        return nearest
            .Select(n => (n.Ordinal, Score: n.Score + Bonus(snapshot.Titles.Titles[n.Ordinal], snapshot.Popularity[n.Ordinal])))
            .OrderByDescending(n => n.Score).ThenBy(n => n.Ordinal)
            .Take(k)
            .ToList();

        double Bonus(Title candidate, double popularity) =>
            weights.Genres * Jaccard(genres, candidate.Genres)
            + (candidate.Type == origin.Type ? weights.SameType : 0)
            + weights.Popularity * popularity;
    }

    private static double Jaccard(HashSet<string> seed, IReadOnlyList<string> other)
    {
        if (seed.Count == 0 && other.Count == 0)
            return 0;
        var shared = other.Count(seed.Contains);
        return shared / (double)(seed.Count + other.Count - shared);
    }
}
