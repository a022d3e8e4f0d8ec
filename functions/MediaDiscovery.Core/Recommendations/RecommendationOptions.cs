namespace MediaDiscovery.Core.Recommendations;

/// <summary>The engine's settings (configuration section <c>Recommendations</c>).</summary>
public sealed class RecommendationOptions
{
    public const string Section = "Recommendations";

    /// <summary>How often the scheduled job retrains the collaborative model and the trending counts.</summary>
    public TimeSpan TrainInterval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Half-life of a view or watchlist add in the trending score.</summary>
    public TimeSpan TrendingHalfLife { get; set; } = TimeSpan.FromDays(2);

    /// <summary>Only events this recent count as trending.</summary>
    public TimeSpan TrendingWindow { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Half-life of a liked title's weight in the user's content profile.</summary>
    public TimeSpan ProfileHalfLife { get; set; } = TimeSpan.FromDays(90);

    /// <summary>EASE regularisation (the MovieLens optimum; see docs/evaluation.md).</summary>
    public double EaseLambda { get; set; } = EaseModel.DefaultLambda;

    /// <summary>
    /// The collaborative model keeps at most this many titles (the most liked): EASE holds an items × items float
    /// matrix, 5,000 titles = 100 MB.
    /// </summary>
    public int MaxModelTitles { get; set; } = 5000;

    /// <summary>Titles among this many most popular are not "hidden gems".</summary>
    public int DiscoveryPopularExclusion { get; set; } = 500;

    /// <summary>
    /// k of the weighted rank fusion (weight / (k + rank)): small k interleaves the strategies near the top in
    /// proportion to their weights; large k (60, classic RRF) lets agreement between strategies dominate.
    /// </summary>
    public int FusionRankConstant { get; set; } = 1;

    /// <summary>Rank-fusion weight per strategy (<c>collaborative</c>, <c>content</c>, <c>trending</c>, <c>discovery</c>).</summary>
    public Dictionary<string, double> Weights { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        [RecommendationStrategies.Collaborative] = 1.0,
        [RecommendationStrategies.Content] = 0.6,
        [RecommendationStrategies.Trending] = 0.3,
        [RecommendationStrategies.Discovery] = 0.3,
    };

    public double WeightOf(string strategy) => Weights.TryGetValue(strategy, out var w) && w > 0 ? w : 0;
}
