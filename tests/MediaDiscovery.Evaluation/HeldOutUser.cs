using MediaDiscovery.Core.Recommendations;

namespace MediaDiscovery.Evaluation;

/// <summary>
/// One held-out MovieLens user in catalog terms: the positives (rating >= 4) of movies linked to a catalog title, in
/// time order; the earlier ones are posted to the API, the later ones (the last 20%, at least one) are what a good
/// list would have contained. Users with fewer than five linked positives are left out, as offline.
/// </summary>
public sealed record HeldOutUser(int MovieLensId, IReadOnlyList<PostedRating> Posted, IReadOnlySet<string> Later)
{
    public string UserId => $"ml-{MovieLensId}";

    public static IReadOnlyList<HeldOutUser> From(IEnumerable<Interaction> ratings, IReadOnlyDictionary<int, string> link)
    {
        var users = new List<HeldOutUser>();
        foreach (var user in ratings.Where(r => r.Weight >= OfflineEvaluation.PositiveThreshold && link.ContainsKey(r.ItemId)).GroupBy(r => r.UserId).OrderBy(g => g.Key))
        {
            // Two MovieLens movies may link to one title: the first rating of it counts.
            var positives = user.OrderBy(r => r.Timestamp).ThenBy(r => r.ItemId)
                .DistinctBy(r => link[r.ItemId])
                .Select(r => new PostedRating(link[r.ItemId], r.ItemId, r.Weight, r.Timestamp))
                .ToList();
            if (positives.Count < OfflineEvaluation.MinimumPositives)
                continue;
            var earlier = positives.Count - OfflineEvaluation.TestSize(positives.Count);
            users.Add(new HeldOutUser(user.Key, positives.Take(earlier).ToList(), positives.Skip(earlier).Select(p => p.TitleId).ToHashSet()));
        }
        return users;
    }
}

/// <summary>A rating posted as an event; <paramref name="Timestamp"/> is MovieLens's (Unix seconds).</summary>
public sealed record PostedRating(string TitleId, int MovieId, float Rating, long Timestamp);
