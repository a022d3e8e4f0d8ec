using MediaDiscovery.Embedded.Caching;
using MediaDiscovery.Testing;

namespace MediaDiscovery.Functions.Recommendations.Tests;

public sealed class RecommendationCacheTests
{
    private DateTimeOffset now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);
    private readonly InMemoryQueryCache store;
    private readonly RecommendationCache cache;

    public RecommendationCacheTests()
    {
        var clock = new FixedClock(() => now);
        store = new InMemoryQueryCache(null, clock);
        cache = new RecommendationCache(store, clock, new RecommendationsApiOptions { CacheTtl = TimeSpan.FromHours(1) });
    }

    private CachedRecommendations List(params string[] ids) =>
        new(ids.Select(id => new CachedRecommendation(id, 1, "trending", "Trending now")).ToList(), [], now, now + cache.Ttl);

    [Fact]
    public async Task A_stored_list_is_served_until_it_expires()
    {
        var generation = await cache.GenerationAsync("ada");
        var variant = RecommendationCache.Variant("m1", 20, ["netflix"]);
        await cache.SetAsync("ada", generation, variant, List("t_a"));
        Assert.Equal(generation, await cache.GenerationAsync("ada"));
        Assert.Equal("t_a", (await cache.GetAsync("ada", generation, variant))!.Items[0].TitleId);

        now += TimeSpan.FromMinutes(61);
        Assert.Null(await cache.GetAsync("ada", generation, variant));
    }

    [Fact]
    public async Task Variants_are_separate_and_platform_order_does_not_matter()
    {
        Assert.Equal(RecommendationCache.Variant("m1", 20, ["netflix", "hulu"]), RecommendationCache.Variant("m1", 20, ["hulu", "netflix"]));
        var generation = await cache.GenerationAsync("ada");
        await cache.SetAsync("ada", generation, RecommendationCache.Variant("m1", 20, []), List("t_a"));
        await cache.SetAsync("ada", generation, RecommendationCache.Variant("m1", 5, []), List("t_b"));
        Assert.Equal("t_a", (await cache.GetAsync("ada", generation, RecommendationCache.Variant("m1", 20, [])))!.Items[0].TitleId);
        Assert.Equal("t_b", (await cache.GetAsync("ada", generation, RecommendationCache.Variant("m1", 5, [])))!.Items[0].TitleId);
        Assert.Null(await cache.GetAsync("ada", generation, RecommendationCache.Variant("m2", 20, [])));
        Assert.Null(await cache.GetAsync("bob", await cache.GenerationAsync("bob"), RecommendationCache.Variant("m1", 20, [])));
    }

    [Fact]
    public async Task Invalidation_hides_old_lists_even_when_written_after_it()
    {
        var variant = RecommendationCache.Variant(null, 20, []);
        var old = await cache.GenerationAsync("ada");
        await cache.SetAsync("ada", old, variant, List("t_a"));

        await cache.InvalidateAsync("ada");
        // A request that read the old generation (and the old history) finishes after the change.
        await cache.SetAsync("ada", old, variant, List("t_stale"));

        var current = await cache.GenerationAsync("ada");
        Assert.NotEqual(old, current);
        Assert.Null(await cache.GetAsync("ada", current, variant));
    }

    [Fact]
    public async Task Invalidation_overwrites_the_stored_lists_so_erased_data_does_not_linger()
    {
        var variant = RecommendationCache.Variant(null, 20, []);
        var generation = await cache.GenerationAsync("ada");
        await cache.SetAsync("ada", generation, variant, List("t_private"));
        var key = "recs:v1:list:ada:" + generation;
        Assert.NotEmpty(store.Get(key)!);

        await cache.InvalidateAsync("ada");

        Assert.Empty(store.Get(key) ?? []);
        Assert.Null(await cache.GetAsync("ada", generation, variant));
    }

    [Fact]
    public async Task A_lost_generation_is_a_miss_never_a_stale_hit()
    {
        var variant = RecommendationCache.Variant(null, 20, []);
        await cache.SetAsync("ada", await cache.GenerationAsync("ada"), variant, List("t_a"));
        await store.InvalidateAllAsync(); // e.g. evicted, or a Redis flush
        Assert.Null(await cache.GetAsync("ada", await cache.GenerationAsync("ada"), variant));
    }
}
