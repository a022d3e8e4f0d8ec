using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Core.Recommendations;

/// <summary>
/// Content-based: the person's profile is the mean of the embeddings of the titles they liked, weighted by like
/// strength and recency (<see cref="UserTaste.ProfileWeights"/>); titles nearest the profile are proposed, each
/// credited to the liked title it is most similar to. Without title vectors (no embedder installed), the profile
/// is a weighted bag of the liked titles' genres, directors and leading cast instead.
/// </summary>
public sealed class ContentStrategy(ITitleVectors? vectors)
{
    public IReadOnlyList<StrategyCandidate> Recommend(TitleTable titles, UserTaste taste, Func<Title, bool> accept, int k)
    {
        ArgumentNullException.ThrowIfNull(titles);
        ArgumentNullException.ThrowIfNull(taste);
        ArgumentNullException.ThrowIfNull(accept);
        if (taste.Liked.Count == 0 || k <= 0)
            return [];
        if (vectors is { Dimensions: > 0 } v)
        {
            var byVector = ByVectors(v, taste, accept, k);
            if (byVector is not null)
                return byVector;
        }
        return ByFeatures(titles, taste, accept, k);
    }

    private static List<StrategyCandidate>? ByVectors(ITitleVectors vectors, UserTaste taste, Func<Title, bool> accept, int k)
    {
        var d = vectors.Dimensions;
        var profile = new float[d];
        var likedVectors = new List<(string TitleId, float[] Vector)>();
        var row = new float[d];
        for (var i = 0; i < taste.Liked.Count; i++)
        {
            if (!vectors.TryGetVector(taste.Liked[i].TitleId, row))
                continue;
            var weight = (float)taste.ProfileWeights[i];
            for (var j = 0; j < d; j++)
                profile[j] += weight * row[j];
            likedVectors.Add((taste.Liked[i].TitleId, (float[])row.Clone()));
        }
        if (likedVectors.Count == 0)
            return null;
        var hits = vectors.Nearest(profile, accept, k);
        var candidate = new float[d];
        var result = new List<StrategyCandidate>(hits.Count);
        foreach (var hit in hits)
        {
            string? because = null;
            if (vectors.TryGetVector(hit.TitleId, candidate))
            {
                var best = float.NegativeInfinity;
                foreach (var (id, vector) in likedVectors)
                {
                    var cosine = Dot(vector, candidate);
                    if (cosine > best)
                        (best, because) = (cosine, id);
                }
            }
            result.Add(new StrategyCandidate(hit.TitleId, hit.Similarity, because));
        }
        return result;
    }

    private static float Dot(float[] a, float[] b)
    {
        var sum = 0f;
        for (var i = 0; i < a.Length; i++)
            sum += a[i] * b[i];
        return sum;
    }

    // Scores only titles sharing a feature with the profile, through the snapshot's precomputed feature index.
    private static List<StrategyCandidate> ByFeatures(TitleTable titles, UserTaste taste, Func<Title, bool> accept, int k)
    {
        var index = TitleFeatureIndex.For(titles);
        var profile = new double[index.FeatureCount];
        var likedOrdinals = new List<int>();
        for (var i = 0; i < taste.Liked.Count; i++)
        {
            if (!titles.TryGetOrdinal(taste.Liked[i].TitleId, out var liked))
                continue;
            likedOrdinals.Add(liked);
            for (var f = 0; f < index.Features[liked].Length; f++)
                profile[index.Features[liked][f]] += index.Weights[liked][f] * taste.ProfileWeights[i];
        }
        if (likedOrdinals.Count == 0)
            return [];
        var sums = new double[titles.Count];
        var touched = new List<int>();
        for (var feature = 0; feature < profile.Length; feature++)
        {
            if (profile[feature] == 0)
                continue;
            foreach (var t in index.TitlesWith[feature])
            {
                if (sums[t] == 0)
                    touched.Add(t);
                sums[t] += GenreOrPersonWeight(index, t, feature) * profile[feature];
            }
        }
        touched.Sort(); // catalog order, as ties were always broken
        var top = new PriorityQueue<int, double>(k + 1);
        foreach (var t in touched)
        {
            var score = index.Norms[t] == 0 ? 0 : sums[t] / index.Norms[t];
            if (score <= 0 || (top.Count == k && top.TryPeek(out _, out var worst) && score <= worst) || !accept(titles.Titles[t]))
                continue;
            top.Enqueue(t, score);
            if (top.Count > k)
                top.Dequeue();
        }
        var result = new List<StrategyCandidate>(top.Count);
        while (top.TryDequeue(out var t, out var score))
        {
            var because = likedOrdinals.MaxBy(l => index.Shared(l, t));
            result.Add(new StrategyCandidate(titles.Titles[t].Id, score, titles.Titles[because].Id));
        }
        result.Reverse();
        return result;
    }

    // A posting is listed once per occurrence; its weight is the one at that occurrence (all occurrences of a feature weigh the same).
    private static double GenreOrPersonWeight(TitleFeatureIndex index, int title, int feature)
    {
        var features = index.Features[title];
        for (var i = 0; i < features.Length; i++)
        {
            if (features[i] == feature)
                return index.Weights[title][i];
        }
        return 0;
    }
}
