namespace MediaDiscovery.Core.RateLimiting;

/// <summary>A token bucket holding at most <paramref name="Capacity"/> tokens, refilled evenly so that a full
/// bucket's worth comes back every <paramref name="Period"/> (e.g. 100 per minute).</summary>
public readonly record struct TokenBucketLimit(int Capacity, TimeSpan Period)
{
    /// <summary>How long one token takes to come back.</summary>
    public TimeSpan TokenInterval => Period / Capacity;
}
