namespace MediaDiscovery.Functions.Recommendations;

/// <summary>The API's settings in configuration section <c>Recommendations</c> (the engine reads its own from the same section).</summary>
public sealed class RecommendationsApiOptions
{
    /// <summary>How long a user's list is served from the cache unless their events or preferences change first.</summary>
    public TimeSpan CacheTtl { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How many of the user's latest events the recommender sees.</summary>
    public int HistoryEvents { get; set; } = 500;
}
