using MediaDiscovery.Aws.Caching;
using MediaDiscovery.Aws.RateLimiting;
using MediaDiscovery.Aws.Tests.Caching;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.RateLimiting;

namespace MediaDiscovery.Aws.Tests.RateLimiting;

/// <summary>The Redis token bucket on a real redis-server: shared across instances, refilled by the clock, failing over.</summary>
[Collection(RedisCollection.Name)]
public sealed class RedisRateLimitStoreTests(RedisServer redis)
{
    private static readonly TokenBucketLimit TenPerMinute = new(10, TimeSpan.FromMinutes(1));

    private readonly ManualTimeProvider time = new();
    private readonly string prefix = "md:rl:test:" + Guid.NewGuid().ToString("N")[..8] + ":";

    private RedisRateLimitStore Store(IRateLimitStore? fallback = null) =>
        new(new RedisQueryCacheOptions { Configuration = redis.Configuration, KeyPrefix = prefix, ConnectTimeout = TimeSpan.FromSeconds(2), OperationTimeout = TimeSpan.FromSeconds(1) },
            fallback ?? new RefusingStore(), time);

    [Fact]
    public async Task Two_instances_share_one_bucket_and_it_refills_with_time()
    {
        await using var a = Store();
        await using var b = Store();
        for (var i = 0; i < 10; i++)
        {
            var decision = await (i % 2 == 0 ? a : b).TakeAsync("u:alice", TenPerMinute);
            Assert.True(decision.Allowed, $"request {i}");
            Assert.Equal(9 - i, decision.Remaining);
        }
        var refused = await a.TakeAsync("u:alice", TenPerMinute);
        Assert.False(refused.Allowed);
        Assert.Equal(TimeSpan.FromSeconds(6), refused.RetryAfter);
        Assert.Equal(TimeSpan.FromSeconds(60), refused.ResetAfter);
        Assert.False((await b.TakeAsync("u:alice", TenPerMinute)).Allowed);
        Assert.True((await b.TakeAsync("u:bob", TenPerMinute)).Allowed);

        time.Advance(TimeSpan.FromSeconds(6));
        Assert.True((await b.TakeAsync("u:alice", TenPerMinute)).Allowed);
        Assert.False((await a.TakeAsync("u:alice", TenPerMinute)).Allowed);
        time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(9, (await a.TakeAsync("u:alice", TenPerMinute)).Remaining);
        Assert.Equal(0, a.Failures + b.Failures);
    }

    [Fact]
    public async Task The_bucket_key_expires_once_it_would_be_full()
    {
        await using var store = Store();
        await store.TakeAsync("ip:10.0.0.1", TenPerMinute);
        using var connection = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(redis.Configuration);
        var ttl = await connection.GetDatabase().KeyTimeToLiveAsync(prefix + "ip:10.0.0.1");
        Assert.InRange(ttl!.Value.TotalMilliseconds, 5000, 7000);
    }

    [Fact]
    public async Task Without_redis_the_fallback_decides()
    {
        await using var store = new RedisRateLimitStore(
            new RedisQueryCacheOptions { Configuration = "127.0.0.1:" + LoopbackPorts.Free(), KeyPrefix = prefix, ConnectTimeout = TimeSpan.FromMilliseconds(100), OperationTimeout = TimeSpan.FromMilliseconds(100) },
            new RefusingStore(), time);
        Assert.False((await store.TakeAsync("u:alice", TenPerMinute)).Allowed);
        Assert.Equal(1, store.Failures);
    }

    /// <summary>A fallback that refuses everything, so a decision it made is recognisable.</summary>
    private sealed class RefusingStore : IRateLimitStore
    {
        public ValueTask<RateLimitDecision> TakeAsync(string key, TokenBucketLimit limit, CancellationToken ct = default) =>
            ValueTask.FromResult(new RateLimitDecision(false, limit.Capacity, 0, TimeSpan.FromSeconds(1), limit.Period));
    }
}
