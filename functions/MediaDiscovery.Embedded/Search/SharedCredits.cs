using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Embedded.Search;

/// <summary>
/// Neighbours without embeddings: titles sharing the most genres (Jaccard) and people with a title, with the
/// popularity prior as a tie-breaker.
/// </summary>
internal static class SharedCredits
{
    private const double PersonWeight = 0.25;
    private const int MaxCountedPeople = 4;
    private const double PopularityWeight = 0.05;

    public static List<RetrievedTitle> Nearest(SearchIndexSnapshot snapshot, int ordinal, FilterMask? mask, int k)
    {
        var source = snapshot.Titles.Titles[ordinal];
        var genres = source.Genres.ToHashSet(StringComparer.Ordinal);
        var people = source.Cast.Concat(source.Directors).ToHashSet(StringComparer.Ordinal);
        var top = new PriorityQueue<int, double>(k + 1);
        for (var other = 0; other < snapshot.Titles.Count; other++)
        {
            if (other == ordinal || (mask is not null && !mask[other]))
                continue;
            var score = Similarity(snapshot.Titles.Titles[other], genres, people);
            if (score <= 0)
                continue;
            score += PopularityWeight * snapshot.Popularity[other];
            if (top.Count < k)
                top.Enqueue(other, score);
            else if (top.TryPeek(out _, out var worst) && score > worst)
                top.EnqueueDequeue(other, score);
        }
        var found = new List<RetrievedTitle>(top.Count);
        while (top.TryDequeue(out var best, out var score))
            found.Add(new RetrievedTitle(snapshot.Titles.Titles[best].Id, score, MatchSource.Browse));
        found.Reverse();
        return found;
    }

    private static double Similarity(Core.Catalog.Title other, HashSet<string> genres, HashSet<string> people)
    {
        var sharedGenres = 0;
        foreach (var genre in other.Genres)
        {
            if (genres.Contains(genre))
                sharedGenres++;
        }
        var union = genres.Count + other.Genres.Count - sharedGenres;
        var genreScore = union == 0 ? 0 : (double)sharedGenres / union;
        var sharedPeople = 0;
        foreach (var person in other.Cast.Concat(other.Directors))
        {
            if (people.Contains(person) && ++sharedPeople == MaxCountedPeople)
                break;
        }
        return genreScore + PersonWeight * sharedPeople;
    }
}
