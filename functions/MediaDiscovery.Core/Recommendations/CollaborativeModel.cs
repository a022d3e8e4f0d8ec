using MediaDiscovery.Core.Users;

namespace MediaDiscovery.Core.Recommendations;

/// <summary>
/// EASE over titles: trained from every user's likes (<see cref="PositiveSignals"/>, binary), scored for a person
/// as the sparse-dense product of their liked titles with the item-item weights. No training per request.
/// </summary>
public sealed class CollaborativeModel
{
    private readonly EaseModel ease;
    private readonly string[] titleIds;
    private readonly Dictionary<string, int> indexByTitle;
    private readonly Dictionary<string, int> support;

    private CollaborativeModel(EaseModel ease, string[] titleIds, Dictionary<string, int> support)
    {
        this.ease = ease;
        this.titleIds = titleIds;
        this.support = support;
        indexByTitle = titleIds.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
    }

    public string Version => ease.Version;

    public int TitleCount => titleIds.Length;

    /// <summary>How many people in the training data liked this title (0 for a title the model does not hold).</summary>
    public int Support(string titleId) => support.GetValueOrDefault(titleId);

    /// <summary>
    /// Trains on the likes of every user, keeping the <paramref name="maxTitles"/> most liked titles; null when there
    /// is too little data for item-item weights (fewer than two users or two titles).
    /// </summary>
    public static CollaborativeModel? Train(IReadOnlyDictionary<string, Dictionary<string, LikedTitle>> likesByUser, DateTimeOffset trainedAt, double lambda, int maxTitles)
    {
        ArgumentNullException.ThrowIfNull(likesByUser);
        var counts = MostLikedTitles.Rank(likesByUser)
            .Take(maxTitles).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var kept = counts.Keys.Order(StringComparer.Ordinal).ToArray();
        var titleIndex = kept.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        var interactions = new List<Interaction>();
        var user = 0;
        foreach (var likes in likesByUser.Values)
        {
            foreach (var titleId in likes.Keys)
            {
                if (titleIndex.TryGetValue(titleId, out var item))
                    interactions.Add(new Interaction(user, item, 1, 0));
            }
            user++;
        }
        var matrix = SparseUserItemMatrix.Build(interactions);
        if (matrix.UserCount < 2 || matrix.ItemCount < 2)
            return null;
        // Matrix item ids are indices into kept; the matrix renumbers only the titles some kept user liked.
        var ids = matrix.ItemIds.Select(i => kept[i]).ToArray();
        return new CollaborativeModel(EaseModel.Train(matrix, trainedAt, lambda), ids, counts);
    }

    public static Dictionary<string, Dictionary<string, LikedTitle>> LikesByUser(IEnumerable<UserEvent> allEvents) =>
        allEvents.GroupBy(e => e.UserId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => PositiveSignals.Likes(g), StringComparer.Ordinal);

    /// <summary>
    /// The best <paramref name="k"/> titles for someone who liked <paramref name="liked"/>, those
    /// <paramref name="accept"/> allows, each with the liked title that contributes most to its score.
    /// </summary>
    public IReadOnlyList<StrategyCandidate> Recommend(IEnumerable<string> liked, Func<string, bool> accept, int k)
    {
        ArgumentNullException.ThrowIfNull(liked);
        return Recommend(liked.Select(id => (id, 1f)).ToList(), accept, k);
    }

    /// <summary>
    /// As above, each liked title counting with its weight (a recent like more than an old one); a title liked twice
    /// counts once, with its first weight.
    /// </summary>
    public IReadOnlyList<StrategyCandidate> Recommend(IReadOnlyList<(string TitleId, float Weight)> liked, Func<string, bool> accept, int k)
    {
        ArgumentNullException.ThrowIfNull(liked);
        ArgumentNullException.ThrowIfNull(accept);
        var items = new List<int>(liked.Count);
        var weights = new List<float>(liked.Count);
        var seen = new HashSet<int>();
        foreach (var (id, weight) in liked)
        {
            if (indexByTitle.TryGetValue(id, out var i) && seen.Add(i))
            {
                items.Add(i);
                weights.Add(weight);
            }
        }
        if (items.Count == 0)
            return [];
        var scores = new float[titleIds.Length];
        ease.Score(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(items), System.Runtime.InteropServices.CollectionsMarshal.AsSpan(weights), scores);
        foreach (var item in items)
            scores[item] = float.NegativeInfinity;
        var top = new PriorityQueue<int, float>(k + 1);
        for (var i = 0; i < scores.Length; i++)
        {
            if (!(scores[i] > 0) || (top.Count == k && top.TryPeek(out _, out var worst) && scores[i] <= worst) || !accept(titleIds[i]))
                continue;
            top.Enqueue(i, scores[i]);
            if (top.Count > k)
                top.Dequeue();
        }
        var result = new List<StrategyCandidate>(top.Count);
        while (top.TryDequeue(out var item, out var score))
            result.Add(new StrategyCandidate(titleIds[item], score, titleIds[StrongestSource(items, item)]));
        result.Reverse();
        return result;
    }

    private int StrongestSource(List<int> items, int target)
    {
        var best = items[0];
        var bestWeight = float.NegativeInfinity;
        foreach (var item in items)
        {
            var weight = ease.Weight(item, target);
            if (weight > bestWeight)
                (best, bestWeight) = (item, weight);
        }
        return best;
    }
}
