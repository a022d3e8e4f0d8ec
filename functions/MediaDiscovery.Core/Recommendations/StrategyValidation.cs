namespace MediaDiscovery.Core.Recommendations;

/// <summary>
/// Which strategy leads the served list, decided at each training on a validation split of the training data itself
/// (never on anything the model will be judged by): for up to <see cref="MaxPeople"/> people with at least five
/// likes, their latest 20 % (at least one) are hidden, a collaborative model is trained on everything else, and each
/// strategy's top 20 for them is compared with what was hidden. Collaborative (as served: recent likes weighted)
/// competes with popularity (the most liked titles); the more accurate leads, so the served list is never less
/// accurate than the best single strategy there. Too few people (fewer than <see cref="MinPeople"/>) or no
/// collaborative model: nothing is decided and collaborative leads when it can.
/// </summary>
public sealed record StrategyValidation(int People, double CollaborativeRecall, double PopularityRecall)
{
    public const int MaxPeople = 500;
    public const int MinPeople = 20;

    public const string Popularity = "popularity";

    /// <summary>The strategy that scored best: <see cref="Popularity"/> or collaborative (which wins ties: it personalises).</summary>
    public string Leader => PopularityRecall > CollaborativeRecall ? Popularity : RecommendationStrategies.Collaborative;

    public static StrategyValidation? Run(IReadOnlyDictionary<string, Dictionary<string, LikedTitle>> likesByPerson, DateTimeOffset now, RecommendationOptions options)
    {
        ArgumentNullException.ThrowIfNull(likesByPerson);
        ArgumentNullException.ThrowIfNull(options);
        // Every eligible person, in a fixed order spread over the ids (the users' and the audience's alike).
        var chosen = likesByPerson
            .Where(p => p.Value.Count >= OfflineEvaluation.MinimumPositives)
            .OrderBy(p => StableHash(p.Key)).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(MaxPeople)
            .Select(p => p.Key)
            .ToHashSet(StringComparer.Ordinal);
        if (chosen.Count < MinPeople)
            return null;
        var train = new Dictionary<string, Dictionary<string, LikedTitle>>(StringComparer.Ordinal);
        var hidden = new Dictionary<string, (List<LikedTitle> Kept, HashSet<string> Hidden)>(StringComparer.Ordinal);
        foreach (var (person, likes) in likesByPerson)
        {
            if (!chosen.Contains(person))
            {
                train[person] = likes;
                continue;
            }
            var ordered = likes.Values.OrderBy(l => l.At).ThenBy(l => l.TitleId, StringComparer.Ordinal).ToList();
            var keep = ordered.Count - OfflineEvaluation.TestSize(ordered.Count);
            var kept = ordered.Take(keep).ToList();
            train[person] = kept.ToDictionary(l => l.TitleId, StringComparer.Ordinal);
            hidden[person] = (kept, ordered.Skip(keep).Select(l => l.TitleId).ToHashSet(StringComparer.Ordinal));
        }
        var model = CollaborativeModel.Train(train, now, options.EaseLambda, options.MaxModelTitles);
        if (model is null)
            return null;
        var popular = MostLikedTitles.Rank(train).Select(p => p.Key).ToList();
        double collaborative = 0, popularity = 0;
        foreach (var (kept, later) in hidden.Values)
        {
            var seen = kept.Select(l => l.TitleId).ToHashSet(StringComparer.Ordinal);
            var recent = kept.OrderByDescending(l => l.At).ThenBy(l => l.TitleId, StringComparer.Ordinal)
                .Select((l, i) => (l.TitleId, (float)Math.Pow(options.RecencyDecay, i))).ToList();
            collaborative += Recall(model.Recommend(recent, _ => true, OfflineEvaluation.Cutoff).Select(c => c.TitleId), later);
            popularity += Recall(popular.Where(id => !seen.Contains(id)).Take(OfflineEvaluation.Cutoff), later);
        }
        return new StrategyValidation(hidden.Count, collaborative / hidden.Count, popularity / hidden.Count);
    }

    private static double Recall(IEnumerable<string> top, HashSet<string> later) =>
        (double)top.Count(later.Contains) / Math.Min(OfflineEvaluation.Cutoff, later.Count);

    /// <summary>FNV-1a: the same order on every machine and run (string.GetHashCode is randomised per process).</summary>
    private static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
            hash = (hash ^ c) * 16777619u;
        return hash;
    }
}
