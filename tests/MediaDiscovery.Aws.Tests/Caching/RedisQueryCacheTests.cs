using System.Diagnostics;
using MediaDiscovery.Aws.Caching;
using MediaDiscovery.Testing;
using StackExchange.Redis;

namespace MediaDiscovery.Aws.Tests.Caching;

[Collection(RedisCollection.Name)]
public sealed class RedisQueryCacheTests(RedisServer redis)
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private readonly string prefix = $"test:{Guid.NewGuid():N}:";

    private RedisQueryCacheOptions Options => new()
    {
        Configuration = redis.Configuration,
        KeyPrefix = prefix,
        // Generous for a shared CI machine; production keeps the short defaults.
        ConnectTimeout = TimeSpan.FromSeconds(2),
        OperationTimeout = TimeSpan.FromSeconds(1),
    };

    [Fact]
    public async Task A_stored_value_is_read_back_and_a_missing_key_is_a_miss()
    {
        await using var cache = new RedisQueryCache(Options);
        await cache.SetAsync("q", [1, 2, 3], Minute);

        Assert.Equal([1, 2, 3], await cache.GetAsync("q"));
        Assert.Null(await cache.GetAsync("other"));
        Assert.Equal(0, cache.Failures);
    }

    [Fact]
    public async Task Values_are_stored_under_the_prefix_with_a_millisecond_expiry()
    {
        await using var cache = new RedisQueryCache(Options);
        await cache.SetAsync("q", [1], TimeSpan.FromMilliseconds(1500));

        using var direct = await ConnectionMultiplexer.ConnectAsync(redis.Configuration);
        var ttl = await direct.GetDatabase().KeyTimeToLiveAsync(prefix + "q");
        Assert.NotNull(ttl);
        Assert.InRange(ttl.Value.TotalMilliseconds, 1000, 1500);
    }

    [Fact]
    public async Task An_entry_is_gone_once_its_ttl_passes()
    {
        await using var cache = new RedisQueryCache(Options);
        await cache.SetAsync("q", [1], TimeSpan.FromMilliseconds(50));
        await Task.Delay(200);

        Assert.Null(await cache.GetAsync("q"));
    }

    [Fact]
    public async Task Invalidating_on_one_instance_reaches_another_within_the_refresh_interval()
    {
        var now = new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);
        var clock = new FixedClock(() => now);
        await using var writer = new RedisQueryCache(Options);
        await using var reader = new RedisQueryCache(Options, time: clock);
        Assert.Equal(0, await reader.GetGenerationAsync());

        await writer.InvalidateAllAsync();
        Assert.Equal(1, await writer.GetGenerationAsync());

        // The reader reuses what it read for a second (one round trip less per search)...
        Assert.Equal(0, await reader.GetGenerationAsync());
        now += TimeSpan.FromSeconds(1);
        // ...then sees the shared counter.
        Assert.Equal(1, await reader.GetGenerationAsync());
    }

    [Fact]
    public async Task Stopping_redis_turns_every_operation_into_a_quick_miss_and_restarting_recovers()
    {
        // Its own server: stopping the shared one would break the other tests.
        var own = new RedisServer();
        await own.InitializeAsync();
        try
        {
            await using var cache = new RedisQueryCache(new RedisQueryCacheOptions { Configuration = own.Configuration, KeyPrefix = prefix });
            await cache.SetAsync("q", [1], Minute);
            Assert.Equal([1], await cache.GetAsync("q"));
            await cache.InvalidateAllAsync();
            Assert.Equal(1, await cache.GetGenerationAsync());

            await own.StopAsync();

            var slowest = TimeSpan.Zero;
            for (var i = 0; i < 20; i++)
            {
                var watch = Stopwatch.StartNew();
                Assert.Null(await cache.GetAsync("q"));
                await cache.SetAsync("q", [2], Minute);
                await cache.InvalidateAllAsync();
                Assert.Equal(1, await cache.GetGenerationAsync());
                slowest = watch.Elapsed > slowest ? watch.Elapsed : slowest;
            }
            Assert.True(cache.Failures >= 40, $"{cache.Failures} failures counted");
            // Four operations, each bounded by the 150 ms operation timeout (most fail at once: not connected).
            Assert.True(slowest < TimeSpan.FromMilliseconds(800), $"slowest round: {slowest.TotalMilliseconds} ms");

            await own.StartAsync();
            await WaitUntilAsync(async () =>
            {
                await cache.SetAsync("q", [3], Minute);
                return await cache.GetAsync("q") is [3];
            });
        }
        finally
        {
            await own.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_redis_that_never_answers_is_a_quick_miss_from_the_first_call()
    {
        // A port that was free a moment ago; no server is started on it.
        var options = new RedisQueryCacheOptions { Configuration = $"127.0.0.1:{FreePort()}", KeyPrefix = prefix };
        await using var cache = new RedisQueryCache(options);

        var watch = Stopwatch.StartNew();
        Assert.Null(await cache.GetAsync("q"));
        await cache.SetAsync("q", [1], Minute);
        Assert.Equal(0, await cache.GetGenerationAsync());
        await cache.InvalidateAllAsync();

        // Bounded by the configured timeouts (one connect, four operations) plus scheduling slack for a loaded CI
        // machine (1,036 ms was seen against a flat 1 s bound); a hang would take StackExchange.Redis' 5 s defaults.
        var bound = options.ConnectTimeout + 4 * options.OperationTimeout + TimeSpan.FromSeconds(1);
        Assert.True(watch.Elapsed < bound, $"took {watch.Elapsed.TotalMilliseconds} ms (bound {bound.TotalMilliseconds} ms)");
        Assert.Equal(4, cache.Failures);
    }

    [Fact]
    public async Task The_callers_cancellation_is_not_swallowed()
    {
        await using var cache = new RedisQueryCache(Options);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cache.GetAsync("q", cancelled.Token));
    }

    private static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(15), "the cache did not recover after redis came back");
            await Task.Delay(100);
        }
    }
}
