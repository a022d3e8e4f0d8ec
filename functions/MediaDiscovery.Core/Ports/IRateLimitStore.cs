using MediaDiscovery.Core.RateLimiting;

namespace MediaDiscovery.Core.Ports;

/// <summary>
/// Token buckets keyed by caller (a user's <c>sub</c> or an anonymous client's address): in memory locally, in
/// the shared Redis in AWS so that a limit holds across every instance of every function.
/// </summary>
public interface IRateLimitStore
{
    /// <summary>Takes one token from the caller's bucket (created full on first use).</summary>
    ValueTask<RateLimitDecision> TakeAsync(string key, TokenBucketLimit limit, CancellationToken ct = default);
}
