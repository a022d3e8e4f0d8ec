using MediaDiscovery.Core.Ports;
using MediaDiscovery.Embedded.Embeddings;

namespace MediaDiscovery.Embedded.Tests.Embeddings;

public sealed class CachedQueryEmbedderTests
{
    private sealed class CountingQueries : IEmbedder
    {
        public int Calls;
        public string ModelId => "counting-queries";
        public int Dimensions => 2;
        public Task<float[]> EmbedAsync(string text, CancellationToken ct = default) => Task.FromResult(new float[] { text.Length, 1 });
        public Task<IReadOnlyList<float[]>> EmbedBatchAsync(IReadOnlyList<string> texts, CancellationToken ct = default) =>
            Task.FromResult<IReadOnlyList<float[]>>(texts.Select(t => new float[] { t.Length, 1 }).ToList());

        public Task<float[]> EmbedQueryAsync(string query, CancellationToken ct = default)
        {
            Interlocked.Increment(ref Calls);
            return Task.FromResult(new float[] { query.Length, 2 });
        }
    }

    [Fact]
    public async Task A_repeated_query_is_encoded_once()
    {
        var inner = new CountingQueries();
        using var cached = new CachedQueryEmbedder(inner, capacity: 10);

        var first = await cached.EmbedQueryAsync("korean thrillers");
        var again = await cached.EmbedQueryAsync("korean thrillers");

        Assert.Equal(1, inner.Calls);
        Assert.Same(first, again);
        Assert.Equal(new float[] { 16, 2 }, first);
    }

    [Fact]
    public async Task It_holds_at_most_its_capacity_and_documents_are_never_cached()
    {
        var inner = new CountingQueries();
        using var cached = new CachedQueryEmbedder(inner, capacity: 4);
        for (var i = 0; i < 50; i++)
            await cached.EmbedQueryAsync($"query {i}");
        await Task.Delay(100); // compaction runs in the background once the limit is passed
        var before = inner.Calls;
        for (var i = 0; i < 50; i++)
            await cached.EmbedQueryAsync($"query {i}");

        Assert.True(inner.Calls - before >= 46, $"{inner.Calls - before} of 50 re-encoded: more than 4 were kept");
        var queries = inner.Calls;
        Assert.Equal(new float[] { 5, 1 }, await cached.EmbedAsync("title"));
        Assert.Equal(queries, inner.Calls);
    }
}
