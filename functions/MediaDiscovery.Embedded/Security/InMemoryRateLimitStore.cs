using System.Collections.Concurrent;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.RateLimiting;

namespace MediaDiscovery.Embedded.Security;

/// <summary>
/// Token buckets in this process (the LocalHost, tests). Each bucket is updated under its own lock; when the table
/// grows past <see cref="MaxBuckets"/>, buckets that would already be full again are dropped (a full bucket and a
/// missing one behave the same), so a flood of distinct addresses cannot grow memory without bound.
/// </summary>
public sealed class InMemoryRateLimitStore(TimeProvider time) : IRateLimitStore
{
    public const int MaxBuckets = 100_000;

    private readonly ConcurrentDictionary<string, Slot> buckets = new(StringComparer.Ordinal);

    public ValueTask<RateLimitDecision> TakeAsync(string key, TokenBucketLimit limit, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        if (buckets.Count >= MaxBuckets)
            DropFullBuckets(now);
        var slot = buckets.GetOrAdd(key, static (_, state) => new Slot(TokenBucket.Full(state.limit, state.now), state.limit), (limit, now));
        lock (slot)
        {
            var (next, decision) = slot.Bucket.Take(limit, now);
            slot.Bucket = next;
            slot.Limit = limit;
            return ValueTask.FromResult(decision);
        }
    }

    private void DropFullBuckets(DateTimeOffset now)
    {
        foreach (var (key, slot) in buckets)
        {
            lock (slot)
            {
                if (now - slot.Bucket.RefilledAt >= slot.Limit.Period)
                    buckets.TryRemove(key, out _);
            }
        }
    }

    private sealed class Slot(TokenBucket bucket, TokenBucketLimit limit)
    {
        public TokenBucket Bucket { get; set; } = bucket;

        public TokenBucketLimit Limit { get; set; } = limit;
    }
}
