using System.Collections.Concurrent;
using MediaDiscovery.Core.Ports;

namespace MediaDiscovery.Embedded.Caching;

/// <summary>
/// The embedded query cache: a concurrent dictionary with per-entry expiry, bounded in entries and bytes. Reads
/// are lock-free (a hit is a dictionary lookup, a clock read and an access stamp); only eviction takes a lock, and
/// it trims below the limits so that it runs rarely. Values are returned as stored: callers must not mutate them.
/// </summary>
public sealed class InMemoryQueryCache : IQueryCache
{
    /// <summary>Dictionary node, entry object and array headers, roughly.</summary>
    private const int EntryOverheadBytes = 96;

    private readonly ConcurrentDictionary<string, CacheEntry> entries = new(StringComparer.Ordinal);
    private readonly InMemoryQueryCacheOptions options;
    private readonly TimeProvider time;
    private readonly Lock evictionLock = new();
    private long accessClock;
    private long totalBytes;

    // A completed task per generation, so reading the generation allocates nothing.
    private Task<long> generation = Task.FromResult(0L);

    public InMemoryQueryCache(InMemoryQueryCacheOptions? options = null, TimeProvider? time = null)
    {
        this.options = options ?? new InMemoryQueryCacheOptions();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(this.options.MaxEntries);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(this.options.MaxBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(this.options.TrimTo);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(this.options.TrimTo, 1.0);
        this.time = time ?? TimeProvider.System;
    }

    public int Count => entries.Count;

    public long ApproximateBytes => Interlocked.Read(ref totalBytes);

    public Task<byte[]?> GetAsync(string key, CancellationToken ct = default) => Task.FromResult(Get(key));

    public Task SetAsync(string key, byte[] value, TimeSpan ttl, CancellationToken ct = default)
    {
        Set(key, value, ttl);
        return Task.CompletedTask;
    }

    public Task<long> GetGenerationAsync(CancellationToken ct = default) => Volatile.Read(ref generation);

    public Task InvalidateAllAsync(CancellationToken ct = default)
    {
        lock (evictionLock)
        {
            Volatile.Write(ref generation, Task.FromResult(generation.Result + 1));
            // Keys carry the generation, so the old entries are unreachable already: free their memory now.
            foreach (var pair in entries)
                Remove(pair.Key, pair.Value);
        }
        return Task.CompletedTask;
    }

    public byte[]? Get(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!entries.TryGetValue(key, out var entry))
            return null;
        if (entry.ExpiresAtTicks <= time.GetUtcNow().UtcTicks)
        {
            Remove(key, entry);
            return null;
        }
        entry.LastAccess = Interlocked.Increment(ref accessClock);
        return entry.Value;
    }

    /// <summary>Stores a value; a non-positive TTL or a value bigger than the whole budget stores nothing.</summary>
    public void Set(string key, byte[] value, TimeSpan ttl)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        var size = value.Length + (key.Length * 2L) + EntryOverheadBytes;
        if (ttl <= TimeSpan.Zero || size > options.MaxBytes)
            return;
        var now = time.GetUtcNow().UtcTicks;
        var expires = now + Math.Min(ttl.Ticks, DateTimeOffset.MaxValue.UtcTicks - now);
        var entry = new CacheEntry(value, expires, size) { LastAccess = Interlocked.Increment(ref accessClock) };
        Put(key, entry);
        if (entries.Count > options.MaxEntries || Interlocked.Read(ref totalBytes) > options.MaxBytes)
            Evict();
    }

    private void Put(string key, CacheEntry entry)
    {
        while (true)
        {
            if (entries.TryGetValue(key, out var old))
            {
                if (entries.TryUpdate(key, entry, old))
                {
                    Interlocked.Add(ref totalBytes, entry.Size - old.Size);
                    return;
                }
            }
            else if (entries.TryAdd(key, entry))
            {
                Interlocked.Add(ref totalBytes, entry.Size);
                return;
            }
        }
    }

    /// <summary>Removes the entry only if the key still holds it (a concurrent Set may have replaced it).</summary>
    private void Remove(string key, CacheEntry entry)
    {
        if (entries.TryRemove(KeyValuePair.Create(key, entry)))
            Interlocked.Add(ref totalBytes, -entry.Size);
    }

    /// <summary>Drops expired entries, then the least recently used until both limits have headroom.</summary>
    private void Evict()
    {
        lock (evictionLock)
        {
            var maxEntries = (int)(options.MaxEntries * options.TrimTo);
            var maxBytes = (long)(options.MaxBytes * options.TrimTo);
            if (entries.Count <= maxEntries && Interlocked.Read(ref totalBytes) <= maxBytes)
                return;
            var now = time.GetUtcNow().UtcTicks;
            var live = new List<KeyValuePair<string, CacheEntry>>(entries.Count);
            foreach (var pair in entries)
            {
                if (pair.Value.ExpiresAtTicks <= now)
                    Remove(pair.Key, pair.Value);
                else
                    live.Add(pair);
            }
            live.Sort(static (a, b) => a.Value.LastAccess.CompareTo(b.Value.LastAccess));
            foreach (var pair in live)
            {
                if (entries.Count <= maxEntries && Interlocked.Read(ref totalBytes) <= maxBytes)
                    break;
                Remove(pair.Key, pair.Value);
            }
        }
    }

    private sealed class CacheEntry(byte[] value, long expiresAtTicks, long size)
    {
        public byte[] Value { get; } = value;

        public long ExpiresAtTicks { get; } = expiresAtTicks;

        public long Size { get; } = size;

        /// <summary>A stamp from a shared counter: larger = used more recently. Races only blur the order.</summary>
        public long LastAccess { get; set; }
    }
}
