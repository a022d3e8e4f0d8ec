using MediaDiscovery.Core.Ports;
using Microsoft.Extensions.Caching.Memory;

namespace MediaDiscovery.Embedded.Embeddings;

/// <summary>
/// Query vectors kept in a bounded cache keyed by model id and text, least recently used first out: popular and
/// repeated queries (paging, suggestions typed through, the same query on several pages) pay for the encoder once.
/// Documents are not cached: each is embedded once and stored with the title vectors.
/// </summary>
public sealed class CachedQueryEmbedder : IEmbedder, IDisposable
{
    private readonly IEmbedder inner;
    private readonly MemoryCache cache;

    /// <param name="capacity">Entries kept (a 384-dimension vector is 1.5 KB).</param>
    public CachedQueryEmbedder(IEmbedder inner, int capacity)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        this.inner = inner;
        cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = capacity, CompactionPercentage = 0.1 });
    }

    public string ModelId => inner.ModelId;

    public int Dimensions => inner.Dimensions;

    public Task<float[]> EmbedAsync(string text, CancellationToken ct = default) => inner.EmbedAsync(text, ct);

    public Task<IReadOnlyList<float[]>> EmbedBatchAsync(IReadOnlyList<string> texts, CancellationToken ct = default) =>
        inner.EmbedBatchAsync(texts, ct);

    /// <summary>Cached vectors are shared: callers read them, never write to them.</summary>
    public async Task<float[]> EmbedQueryAsync(string query, CancellationToken ct = default)
    {
        var key = (inner.ModelId, query ?? string.Empty);
        if (cache.TryGetValue(key, out float[]? vector) && vector is not null)
            return vector;
        vector = await inner.EmbedQueryAsync(query ?? string.Empty, ct).ConfigureAwait(false);
        cache.Set(key, vector, new MemoryCacheEntryOptions { Size = 1 });
        return vector;
    }

    public void Dispose() => cache.Dispose();
}
