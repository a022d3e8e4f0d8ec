namespace MediaDiscovery.Core.Recommendations;

/// <summary>
/// Discovery offline: items with a genre none of the user's items has, outside the most popular, best liked first
/// (training positives stand in for "well rated": MovieLens has no critic scores); every other item scores 0.
/// The offline counterpart of <see cref="DiscoveryStrategy"/>.
/// </summary>
public sealed class UntriedGenreModel : IRecommendationModel
{
    private readonly string[][] genres;
    private readonly float[] quality;

    private UntriedGenreModel(string[][] genres, float[] quality, string version)
    {
        this.genres = genres;
        this.quality = quality;
        Version = version;
    }

    public string Name => "discovery";

    public string Version { get; }

    public int ItemCount => genres.Length;

    public static UntriedGenreModel Train(SparseUserItemMatrix data, Func<int, IReadOnlyList<string>> genresOf, int popularExclusion, DateTimeOffset trainedAt)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(genresOf);
        var counts = new float[data.ItemCount];
        for (var u = 0; u < data.UserCount; u++)
        {
            foreach (var item in data.ItemsOf(u))
                counts[item]++;
        }
        var popular = Enumerable.Range(0, counts.Length).OrderByDescending(i => counts[i]).ThenBy(i => i).Take(popularExclusion).ToHashSet();
        var quality = counts.Select((c, i) => popular.Contains(i) ? 0 : c).ToArray();
        var itemGenres = data.ItemIds.Select(id => genresOf(id).ToArray()).ToArray();
        return new UntriedGenreModel(itemGenres, quality, ModelVersion.Of("discovery", $"outside-top{popularExclusion}", data, trainedAt));
    }

    public void Score(ReadOnlySpan<int> userItems, Span<float> scores)
    {
        var tried = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in userItems)
            tried.UnionWith(genres[item]);
        for (var j = 0; j < genres.Length; j++)
            scores[j] = genres[j].Any(g => !tried.Contains(g)) ? quality[j] : 0;
    }
}
