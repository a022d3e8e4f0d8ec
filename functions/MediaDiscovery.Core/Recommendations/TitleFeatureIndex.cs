using System.Runtime.CompilerServices;
using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Core.Recommendations;

/// <summary>
/// Each title's genre, director and leading-cast features, interned once per catalog snapshot (a
/// <see cref="TitleTable"/>), with an inverted index from feature to titles: the no-vectors content fallback then
/// scores only the titles sharing a feature with the profile, instead of rebuilding every title's features per request.
/// </summary>
internal sealed class TitleFeatureIndex
{
    private const int LeadingCast = 5;
    private const double GenreWeight = 1.0;
    private const double DirectorWeight = 1.5;
    private const double CastWeight = 0.5;

    private static readonly ConditionalWeakTable<TitleTable, TitleFeatureIndex> BySnapshot = [];

    private readonly Dictionary<string, int> featureIds;

    private TitleFeatureIndex(TitleTable titles)
    {
        featureIds = new Dictionary<string, int>(StringComparer.Ordinal);
        Features = new int[titles.Count][];
        Weights = new double[titles.Count][];
        Norms = new double[titles.Count];
        var postings = new List<List<int>>();
        for (var t = 0; t < titles.Count; t++)
        {
            var features = FeaturesOf(titles.Titles[t]).ToList();
            Features[t] = new int[features.Count];
            Weights[t] = new double[features.Count];
            for (var i = 0; i < features.Count; i++)
            {
                if (!featureIds.TryGetValue(features[i].Feature, out var id))
                {
                    featureIds[features[i].Feature] = id = featureIds.Count;
                    postings.Add([]);
                }
                Features[t][i] = id;
                Weights[t][i] = features[i].Weight;
                Norms[t] += features[i].Weight * features[i].Weight;
                postings[id].Add(t);
            }
            Norms[t] = Math.Sqrt(Norms[t]);
        }
        TitlesWith = postings.Select(p => p.ToArray()).ToArray();
    }

    /// <summary>Per title ordinal, its feature ids (in the order of the title's genres, directors, leading cast).</summary>
    public int[][] Features { get; }

    /// <summary>Per title ordinal, each feature's weight.</summary>
    public double[][] Weights { get; }

    /// <summary>Per title ordinal, the L2 norm of its feature weights.</summary>
    public double[] Norms { get; }

    /// <summary>Per feature id, the ordinals of the titles carrying it (once per occurrence).</summary>
    public int[][] TitlesWith { get; }

    public int FeatureCount => featureIds.Count;

    public static TitleFeatureIndex For(TitleTable titles) => BySnapshot.GetValue(titles, t => new TitleFeatureIndex(t));

    /// <summary>How much two titles share: the sum, over the second's features, of the first's weight for it.</summary>
    public double Shared(int a, int b)
    {
        var sum = 0.0;
        for (var j = 0; j < Features[b].Length; j++)
        {
            for (var i = 0; i < Features[a].Length; i++)
            {
                if (Features[a][i] == Features[b][j])
                {
                    sum += Weights[a][i] * Weights[b][j];
                    break;
                }
            }
        }
        return sum;
    }

    private static IEnumerable<(string Feature, double Weight)> FeaturesOf(Title title)
    {
        foreach (var genre in title.Genres)
            yield return ("g:" + genre, GenreWeight);
        foreach (var director in title.Directors)
            yield return ("d:" + director, DirectorWeight);
        foreach (var actor in title.Cast.Take(LeadingCast))
            yield return ("c:" + actor, CastWeight);
    }
}
