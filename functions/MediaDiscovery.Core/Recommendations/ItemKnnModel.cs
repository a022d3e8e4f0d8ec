using System.Globalization;

namespace MediaDiscovery.Core.Recommendations;

/// <summary>
/// Item-item cosine k-nearest neighbours on binary interactions: each item keeps its k most similar items; a
/// user's score for an item is the sum of its similarities to the user's items (a sparse-dense product).
/// </summary>
public sealed class ItemKnnModel : IRecommendationModel
{
    public const int DefaultNeighbours = 50;

    private readonly int[][] _neighbours;
    private readonly float[][] _similarities;

    private ItemKnnModel(int[][] neighbours, float[][] similarities, string version)
    {
        _neighbours = neighbours;
        _similarities = similarities;
        Version = version;
    }

    public string Name => "item_knn";

    public string Version { get; }

    public int ItemCount => _neighbours.Length;

    public int Neighbours { get; private init; }

    public static ItemKnnModel Train(SparseUserItemMatrix data, DateTimeOffset trainedAt, int neighbours = DefaultNeighbours)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentOutOfRangeException.ThrowIfLessThan(neighbours, 1);
        var n = data.ItemCount;
        var usersByItem = data.UsersByItem();
        var topItems = new int[n][];
        var topSimilarities = new float[n][];
        Parallel.For(0, n, () => new float[n], (i, _, coCounts) =>
        {
            // Row i of XᵀX from the users of i; cost is the sum of their history lengths.
            Array.Clear(coCounts);
            foreach (var u in usersByItem[i])
            {
                foreach (var j in data.ItemsOf(u))
                    coCounts[j]++;
            }
            var candidates = new List<(int Item, float Similarity)>();
            for (var j = 0; j < n; j++)
            {
                if (j != i && coCounts[j] > 0)
                    candidates.Add((j, coCounts[j] / MathF.Sqrt((float)usersByItem[i].Length * usersByItem[j].Length)));
            }
            var kept = candidates.OrderByDescending(c => c.Similarity).ThenBy(c => c.Item).Take(neighbours).ToArray();
            topItems[i] = kept.Select(c => c.Item).ToArray();
            topSimilarities[i] = kept.Select(c => c.Similarity).ToArray();
            return coCounts;
        }, _ => { });

        var parameters = string.Create(CultureInfo.InvariantCulture, $"cosine-k{neighbours}");
        return new ItemKnnModel(topItems, topSimilarities, ModelVersion.Of("item_knn", parameters, data, trainedAt)) { Neighbours = neighbours };
    }

    /// <summary>The kept neighbours of an item and their cosine similarities, most similar first.</summary>
    public (IReadOnlyList<int> Items, IReadOnlyList<float> Similarities) NeighboursOf(int item) => (_neighbours[item], _similarities[item]);

    public void Score(ReadOnlySpan<int> userItems, Span<float> scores)
    {
        scores.Clear();
        foreach (var item in userItems)
        {
            var neighbours = _neighbours[item];
            var similarities = _similarities[item];
            for (var k = 0; k < neighbours.Length; k++)
                scores[neighbours[k]] += similarities[k];
        }
    }
}
