namespace MediaDiscovery.Core.RateLimiting;

/// <summary>The answer to one request for a token: whether it was granted, what is left, and when to come back
/// (<paramref name="RetryAfter"/>: the next token; <paramref name="ResetAfter"/>: a full bucket).</summary>
public readonly record struct RateLimitDecision(bool Allowed, int Limit, int Remaining, TimeSpan RetryAfter, TimeSpan ResetAfter);
