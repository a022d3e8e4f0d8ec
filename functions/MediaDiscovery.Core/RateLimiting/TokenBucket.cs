namespace MediaDiscovery.Core.RateLimiting;

/// <summary>
/// The token bucket arithmetic, shared by every store (the Redis script mirrors it): a bucket is its token count
/// and the time it was last refilled; taking a token first refills what the elapsed time earned.
/// </summary>
public readonly record struct TokenBucket(double Tokens, DateTimeOffset RefilledAt)
{
    public static TokenBucket Full(TokenBucketLimit limit, DateTimeOffset now) => new(limit.Capacity, now);

    /// <summary>Refills for the time elapsed since the last refill, then takes one token if there is one.</summary>
    public (TokenBucket Next, RateLimitDecision Decision) Take(TokenBucketLimit limit, DateTimeOffset now)
    {
        var elapsed = Math.Max(0, (now - RefilledAt).TotalMilliseconds);
        var tokens = Math.Min(limit.Capacity, Tokens + (elapsed / limit.TokenInterval.TotalMilliseconds));
        // A hair of tolerance: refills summed in floating point may land a rounding error short of a whole token.
        var allowed = tokens >= 1 - 1e-9;
        if (allowed)
            tokens = Math.Max(0, tokens - 1);
        // A clock that went back (another instance's, in a shared store) refills nothing and moves nothing back.
        var next = new TokenBucket(tokens, now > RefilledAt ? now : RefilledAt);
        return (next, Decide(allowed, tokens, limit));
    }

    /// <summary>The decision for a bucket holding <paramref name="tokens"/> after the request.</summary>
    public static RateLimitDecision Decide(bool allowed, double tokens, TokenBucketLimit limit)
    {
        var interval = limit.TokenInterval.TotalMilliseconds;
        var retryAfter = allowed ? TimeSpan.Zero : TimeSpan.FromMilliseconds((1 - tokens) * interval);
        var resetAfter = TimeSpan.FromMilliseconds((limit.Capacity - tokens) * interval);
        return new RateLimitDecision(allowed, limit.Capacity, (int)Math.Floor(tokens), retryAfter, resetAfter);
    }
}
