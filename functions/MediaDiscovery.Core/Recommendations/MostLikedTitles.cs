namespace MediaDiscovery.Core.Recommendations;

/// <summary>Titles by how many people liked them, most first (ties by id): the popularity every model here shares.</summary>
public static class MostLikedTitles
{
    public static IEnumerable<KeyValuePair<string, int>> Rank(IReadOnlyDictionary<string, Dictionary<string, LikedTitle>> likesByPerson)
    {
        ArgumentNullException.ThrowIfNull(likesByPerson);
        return likesByPerson.Values.SelectMany(l => l.Keys).CountBy(id => id, StringComparer.Ordinal)
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal);
    }
}
