using System.Globalization;
using MediaDiscovery.Aws.Caching;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.RateLimiting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace MediaDiscovery.Aws.RateLimiting;

/// <summary>
/// Token buckets in the shared Redis, so a caller's limit holds across every instance: one Lua script refills and
/// takes atomically (the same arithmetic as <see cref="TokenBucket"/>), and the key expires once the bucket would
/// be full again. Time is the caller's clock (instances are NTP-synchronised; a clock behind the stored one
/// refills nothing). While Redis fails, the <paramref name="fallback"/> (a per-instance bucket) decides: the limit
/// loosens to per instance rather than failing every request or none.
/// </summary>
public sealed partial class RedisRateLimitStore(
    RedisQueryCacheOptions options, IRateLimitStore fallback, TimeProvider time, ILogger<RedisRateLimitStore>? logger = null)
    : IRateLimitStore, IAsyncDisposable
{
    public const string Script = """
        local capacity = tonumber(ARGV[1])
        local interval = tonumber(ARGV[2])
        local now = tonumber(ARGV[3])
        local state = redis.call('HMGET', KEYS[1], 't', 'at')
        local tokens = tonumber(state[1])
        local at = tonumber(state[2])
        if tokens == nil or at == nil then
          tokens = capacity
          at = now
        end
        if now > at then
          tokens = math.min(capacity, tokens + (now - at) / interval)
          at = now
        end
        local allowed = 0
        if tokens >= 1 - 1e-9 then
          allowed = 1
          tokens = math.max(0, tokens - 1)
        end
        redis.call('HMSET', KEYS[1], 't', tostring(tokens), 'at', tostring(at))
        redis.call('PEXPIRE', KEYS[1], math.ceil((capacity - tokens) * interval) + 1000)
        return { allowed, tostring(tokens) }
        """;

    private readonly RedisConnection connection = new(options, time);
    private readonly ILogger logger = logger ?? (ILogger)NullLogger.Instance;
    private long failures;

    /// <summary>How many decisions fell back to the per-instance bucket.</summary>
    public long Failures => Interlocked.Read(ref failures);

    public async ValueTask<RateLimitDecision> TakeAsync(string key, TokenBucketLimit limit, CancellationToken ct = default)
    {
        try
        {
            if (await connection.GetDatabaseAsync(options.OperationTimeout, ct) is { } db)
            {
                var result = (RedisResult[])(await db.ScriptEvaluateAsync(Script, [options.KeyPrefix + key],
                [
                    limit.Capacity,
                    limit.TokenInterval.TotalMilliseconds.ToString("R", CultureInfo.InvariantCulture),
                    time.GetUtcNow().ToUnixTimeMilliseconds(),
                ]).WaitAsync(options.OperationTimeout, time, ct))!;
                var allowed = (int)result[0] == 1;
                var tokens = double.Parse((string)result[1]!, CultureInfo.InvariantCulture);
                return TokenBucket.Decide(allowed, tokens, limit);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is RedisException or TimeoutException or InvalidCastException or FormatException)
        {
            LogFailure(logger, e.GetType().Name);
        }
        Interlocked.Increment(ref failures);
        return await fallback.TakeAsync(key, limit, ct);
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis rate limit failed ({Reason}); this instance's own bucket decides")]
    private static partial void LogFailure(ILogger logger, string reason);
}
