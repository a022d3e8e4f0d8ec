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

    /// <summary>
    /// How the served list is made: <c>blend</c> (the strategies fused by <see cref="Weights"/>) or
    /// <c>accuracy-first</c> (the most accurate strategy's ranking, then variety by constrained re-ranking).
    /// </summary>
    public string Composition { get; set; } = RecommendationCompositions.AccuracyFirst;

    /// <summary>
    /// A liked title's weight in the collaborative score is this to the power of how many likes came after it (1:
    /// every like counts the same). Recent taste predicts the next watch better.
    /// </summary>
    public double RecencyDecay { get; set; } = 0.9;

    /// <summary>Accuracy-first: at most this many titles of one franchise in a list.</summary>
    public int MaxPerFranchise { get; set; } = 2;

    /// <summary>
    /// Accuracy-first: list slots, at the end, that may go to a reason the list lacks ("Trending on...", "Hidden gem")
    /// when its strategy has a title to offer.
    /// </summary>
    public int ReasonSlots { get; set; } = 2;

    /// <summary>Fails the start on a value that cannot work.</summary>
    public void Validate()
    {
        if (TrainInterval <= TimeSpan.Zero)
            throw new InvalidOperationException("Recommendations:TrainInterval must be positive.");
        if (!RecommendationCompositions.All.Contains(Composition, StringComparer.Ordinal))
            throw new InvalidOperationException($"Recommendations:Composition must be {string.Join(" or ", RecommendationCompositions.All)}, not '{Composition}'.");
        if (RecencyDecay is <= 0 or > 1 || double.IsNaN(RecencyDecay))
            throw new InvalidOperationException($"Recommendations:RecencyDecay must be in (0, 1], not {RecencyDecay}.");
        if (MaxPerFranchise < 1)
            throw new InvalidOperationException("Recommendations:MaxPerFranchise must be 1 or more.");
        if (ReasonSlots < 0)
            throw new InvalidOperationException("Recommendations:ReasonSlots must be 0 or more.");
    }

    public double WeightOf(string strategy) => Weights.TryGetValue(strategy, out var w) && w > 0 ? w : 0;
}
