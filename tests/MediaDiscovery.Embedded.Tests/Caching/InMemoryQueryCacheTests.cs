using System.Diagnostics;
using MediaDiscovery.Embedded.Caching;
using MediaDiscovery.Testing;

namespace MediaDiscovery.Embedded.Tests.Caching;

public sealed class InMemoryQueryCacheTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private DateTimeOffset now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    private InMemoryQueryCache NewCache(InMemoryQueryCacheOptions? options = null) =>
        new(options, new FixedClock(() => now));

    [Fact]
    public async Task A_stored_value_is_returned_until_its_ttl_passes()
    {
        var cache = NewCache();
        await cache.SetAsync("q", [1, 2, 3], Minute);

        Assert.Equal([1, 2, 3], await cache.GetAsync("q"));
        now += TimeSpan.FromSeconds(59);
        Assert.NotNull(await cache.GetAsync("q"));
        now += TimeSpan.FromSeconds(1);
        Assert.Null(await cache.GetAsync("q"));
        Assert.Equal(0, cache.Count);
        Assert.Equal(0, cache.ApproximateBytes);
    }

    [Fact]
    public async Task A_missing_key_is_a_miss()
    {
        Assert.Null(await NewCache().GetAsync("nothing"));
    }

    [Fact]
    public async Task Setting_a_key_again_replaces_the_value_and_its_size()
    {
        var cache = NewCache();
        await cache.SetAsync("q", new byte[1000], Minute);
        var bytesWithBig = cache.ApproximateBytes;
        await cache.SetAsync("q", [7], Minute);

        Assert.Equal([7], await cache.GetAsync("q"));
        Assert.Equal(bytesWithBig - 999, cache.ApproximateBytes);
    }

    [Fact]
    public async Task Past_the_entry_limit_the_least_recently_used_entries_go_first()
    {
        var cache = NewCache(new InMemoryQueryCacheOptions { MaxEntries = 10, TrimTo = 0.8 });
        for (var i = 0; i < 10; i++)
            await cache.SetAsync($"k{i}", [(byte)i], Minute);
        // k0 and k1 are the oldest writes, but reading them makes k2 and k3 the least recently used.
        await cache.GetAsync("k0");
        await cache.GetAsync("k1");

        await cache.SetAsync("k10", [10], Minute);

        Assert.Equal(8, cache.Count);
        Assert.NotNull(await cache.GetAsync("k0"));
        Assert.NotNull(await cache.GetAsync("k1"));
        Assert.Null(await cache.GetAsync("k2"));
        Assert.Null(await cache.GetAsync("k3"));
        Assert.Null(await cache.GetAsync("k4"));
        Assert.NotNull(await cache.GetAsync("k10"));
    }

    [Fact]
    public async Task Past_the_byte_limit_entries_are_evicted_until_there_is_headroom()
    {
        var cache = NewCache(new InMemoryQueryCacheOptions { MaxBytes = 20_000 });
        for (var i = 0; i < 30; i++)
            await cache.SetAsync($"k{i}", new byte[1000], Minute);

        Assert.InRange(cache.ApproximateBytes, 1, 20_000);
        Assert.NotNull(await cache.GetAsync("k29"));
        Assert.Null(await cache.GetAsync("k0"));
    }

    [Fact]
    public async Task Expired_entries_are_evicted_before_live_ones()
    {
        var cache = NewCache(new InMemoryQueryCacheOptions { MaxEntries = 4, TrimTo = 0.75 });
        await cache.SetAsync("short", [1], TimeSpan.FromSeconds(1));
        for (var i = 0; i < 3; i++)
            await cache.SetAsync($"long{i}", [1], Minute);
        now += TimeSpan.FromSeconds(2);
        await cache.GetAsync("long0");
        await cache.GetAsync("long1");
        await cache.GetAsync("long2");

        await cache.SetAsync("new", [1], Minute);

        Assert.Equal(3, cache.Count);
        Assert.NotNull(await cache.GetAsync("new"));
    }

    [Fact]
    public async Task A_value_bigger_than_the_whole_budget_or_a_non_positive_ttl_is_not_stored()
    {
        var cache = NewCache(new InMemoryQueryCacheOptions { MaxBytes = 1000 });
        await cache.SetAsync("big", new byte[2000], Minute);
        await cache.SetAsync("zero", [1], TimeSpan.Zero);

        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public async Task Invalidating_moves_to_a_new_generation_and_drops_every_entry()
    {
        var cache = NewCache();
        await cache.SetAsync("g0:q", [1], Minute);
        Assert.Equal(0, await cache.GetGenerationAsync());

        await cache.InvalidateAllAsync();

        Assert.Equal(1, await cache.GetGenerationAsync());
        Assert.Null(await cache.GetAsync("g0:q"));
        Assert.Equal(0, cache.ApproximateBytes);
    }

    [Fact]
    public async Task Concurrent_readers_and_writers_keep_the_accounting_consistent()
    {
        var cache = NewCache(new InMemoryQueryCacheOptions { MaxEntries = 200 });
        await Parallel.ForEachAsync(Enumerable.Range(0, 20_000), async (i, _) =>
        {
            var key = $"k{i % 500}";
            if (i % 3 == 0)
                await cache.SetAsync(key, new byte[i % 100], Minute);
            else
                await cache.GetAsync(key);
            if (i % 5000 == 0)
                await cache.InvalidateAllAsync();
        });

        Assert.InRange(cache.Count, 0, 200);
        var expectedBytes = 0L;
        for (var i = 0; i < 500; i++)
        {
            if (await cache.GetAsync($"k{i}") is { } value)
                expectedBytes += value.Length + ($"k{i}".Length * 2) + 96;
        }
        Assert.Equal(expectedBytes, cache.ApproximateBytes);
    }

    [Fact]
    public async Task A_hit_takes_microseconds_at_the_95th_percentile()
    {
        var cache = new InMemoryQueryCache();
        var keys = Enumerable.Range(0, 5000).Select(i => $"search:v1:g0:query number {i}:filters").ToArray();
        foreach (var key in keys)
            await cache.SetAsync(key, new byte[4096], Minute);

        var samples = new double[20_000];
        for (var i = 0; i < samples.Length; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var value = await cache.GetAsync(keys[i % keys.Length]);
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            Assert.NotNull(value);
        }

        Array.Sort(samples);
        var p95 = samples[(int)(samples.Length * 0.95)];
        // The whole search's cache-hit path has a 0.2 ms budget; the lookup must be a small part of it.
        Assert.True(p95 < 0.05, $"p95 {p95:F4} ms");
    }
}
