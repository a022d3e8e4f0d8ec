using MediaDiscovery.Core.Ports;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace MediaDiscovery.Aws.Caching;

/// <summary>
/// The query cache in Redis (ElastiCache/Valkey): GET, SET with PX expiry, and a generation counter bumped with
/// INCR and reread at most once per <see cref="RedisQueryCacheOptions.GenerationRefreshInterval"/>. Redis is an
/// optimisation: every failure (not connected, timeout, server error) is logged, counted and answered as a miss,
/// and no call waits longer than <see cref="RedisQueryCacheOptions.OperationTimeout"/>.
/// </summary>
public sealed partial class RedisQueryCache : IQueryCache, IAsyncDisposable, IDisposable
{
    private static readonly TimeSpan WarningInterval = TimeSpan.FromSeconds(10);

    private readonly RedisQueryCacheOptions options;
    private readonly ILogger logger;
    private readonly TimeProvider time;
    private readonly RedisConnection connection;
    private GenerationSnapshot? generation;
    private long failures;
    private long lastWarningTicks = long.MinValue;

    public RedisQueryCache(RedisQueryCacheOptions options, ILogger<RedisQueryCache>? logger = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options;
        this.logger = logger ?? (ILogger)NullLogger.Instance;
        this.time = time ?? TimeProvider.System;
        connection = new RedisConnection(options, this.time);
    }

    /// <summary>How many operations failed and were turned into misses (for metrics and tests).</summary>
    public long Failures => Interlocked.Read(ref failures);

    public async Task<byte[]?> GetAsync(string key, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var (_, value) = await RunAsync(db => db.StringGetAsync(options.KeyPrefix + key), "GET", ct);
        return value.HasValue ? (byte[]?)value : null;
    }

    public async Task SetAsync(string key, byte[] value, TimeSpan ttl, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        if (ttl <= TimeSpan.Zero)
            return;
        // Whole milliseconds: SET ... PX takes an integer, and a sub-millisecond TTL would mean "no expiry".
        var expiry = TimeSpan.FromMilliseconds(Math.Max(1, Math.Ceiling(ttl.TotalMilliseconds)));
        await RunAsync(db => db.StringSetAsync(options.KeyPrefix + key, value, expiry), "SET", ct);
    }

    /// <summary>The shared generation, reread at most once per refresh interval; the last known one (or 0) while Redis fails.</summary>
    public async Task<long> GetGenerationAsync(CancellationToken ct = default)
    {
        var known = Volatile.Read(ref generation);
        var now = time.GetUtcNow();
        if (known is not null && now - known.ReadAt < options.GenerationRefreshInterval)
            return known.Value;
        var (succeeded, stored) = await RunAsync(db => db.StringGetAsync(options.GenerationKey), "GET generation", ct);
        if (!succeeded)
            return known?.Value ?? 0;
        var value = stored.TryParse(out long parsed) ? parsed : 0;
        Volatile.Write(ref generation, new GenerationSnapshot(value, now));
        return value;
    }

    public async Task InvalidateAllAsync(CancellationToken ct = default)
    {
        var (succeeded, next) = await RunAsync(db => db.StringIncrementAsync(options.GenerationKey), "INCR generation", ct);
        if (succeeded)
            Volatile.Write(ref generation, new GenerationSnapshot(next, time.GetUtcNow()));
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();

    public void Dispose() => connection.DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>Runs one command within the operation timeout; any failure but the caller's cancellation is reported as not succeeded.</summary>
    private async Task<(bool Succeeded, T Value)> RunAsync<T>(Func<IDatabase, Task<T>> command, string what, CancellationToken ct)
    {
        try
        {
            var db = await connection.GetDatabaseAsync(options.OperationTimeout, ct);
            if (db is null)
            {
                RecordFailure(what, null);
                return (false, default!);
            }
            return (true, await command(db).WaitAsync(options.OperationTimeout, time, ct));
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            // A cache outage must never fail a search (IQueryCache's contract).
            RecordFailure(what, e);
            return (false, default!);
        }
    }

    private void RecordFailure(string what, Exception? error)
    {
        Interlocked.Increment(ref failures);
        var now = time.GetUtcNow().UtcTicks;
        var last = Interlocked.Read(ref lastWarningTicks);
        // One warning per interval during an outage; the rest at debug level, so logs do not flood.
        if (now - last >= WarningInterval.Ticks && Interlocked.CompareExchange(ref lastWarningTicks, now, last) == last)
            LogFailureWarning(logger, what, Failures, error);
        else
            LogFailureDebug(logger, what, error);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis query cache {Operation} failed; treated as a miss ({Failures} failures so far)")]
    private static partial void LogFailureWarning(ILogger logger, string operation, long failures, Exception? error);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Redis query cache {Operation} failed; treated as a miss")]
    private static partial void LogFailureDebug(ILogger logger, string operation, Exception? error);

    private sealed record GenerationSnapshot(long Value, DateTimeOffset ReadAt);
}
