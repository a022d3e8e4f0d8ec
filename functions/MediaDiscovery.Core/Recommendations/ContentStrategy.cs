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
    private const int LeadingCast = 5;
    private const double GenreWeight = 1.0;
    private const double DirectorWeight = 1.5;
    private const double CastWeight = 0.5;

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

    private static List<StrategyCandidate> ByFeatures(TitleTable titles, UserTaste taste, Func<Title, bool> accept, int k)
    {
        var profile = new Dictionary<string, double>(StringComparer.Ordinal);
        var likedTitles = new List<Title>();
        for (var i = 0; i < taste.Liked.Count; i++)
        {
            if (titles.Find(taste.Liked[i].TitleId) is not { } liked)
                continue;
            likedTitles.Add(liked);
            foreach (var (feature, weight) in Features(liked))
                profile[feature] = profile.GetValueOrDefault(feature) + weight * taste.ProfileWeights[i];
        }
        if (profile.Count == 0)
            return [];
        var top = new PriorityQueue<Title, double>(k + 1);
        foreach (var title in titles.Titles)
        {
            var score = Similarity(profile, title);
            if (score <= 0 || (top.Count == k && top.TryPeek(out _, out var worst) && score <= worst) || !accept(title))
                continue;
            top.Enqueue(title, score);
            if (top.Count > k)
                top.Dequeue();
        }
        var result = new List<StrategyCandidate>(top.Count);
        while (top.TryDequeue(out var title, out var score))
        {
            var because = likedTitles.MaxBy(l => Shared(l, title))?.Id;
            result.Add(new StrategyCandidate(title.Id, score, because));
        }
        result.Reverse();
        return result;
    }

    private static double Similarity(Dictionary<string, double> profile, Title title)
    {
        double sum = 0, norm = 0;
        foreach (var (feature, weight) in Features(title))
        {
            sum += weight * profile.GetValueOrDefault(feature);
            norm += weight * weight;
        }
        return norm == 0 ? 0 : sum / Math.Sqrt(norm);
    }

    private static double Shared(Title a, Title b)
    {
        var features = Features(a).ToDictionary(f => f.Feature, f => f.Weight, StringComparer.Ordinal);
        return Features(b).Sum(f => features.TryGetValue(f.Feature, out var w) ? w * f.Weight : 0);
    }

    private static IEnumerable<(string Feature, double Weight)> Features(Title title)
    {
        foreach (var genre in title.Genres)
            yield return ("g:" + genre, GenreWeight);
        foreach (var director in title.Directors)
            yield return ("d:" + director, DirectorWeight);
        foreach (var actor in title.Cast.Take(LeadingCast))
            yield return ("c:" + actor, CastWeight);
    }
}
