using MediaDiscovery.Aws.Caching;
using MediaDiscovery.Core.Ports;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace MediaDiscovery.Aws.RateLimiting;

/// <summary>
/// The access token revocation list in the shared Redis: one key per revoked <c>jti</c>, expiring when the token
/// would have. A Redis failure reads as "not revoked" (logged): tokens are short-lived, and refusing every caller
/// during a cache outage would be worse.
/// </summary>
public sealed partial class RedisRevokedTokens(RedisQueryCacheOptions options, TimeProvider time, ILogger<RedisRevokedTokens>? logger = null)
    : IRevokedTokens, IAsyncDisposable
{
    private readonly RedisConnection connection = new(options, time);
    private readonly ILogger logger = logger ?? (ILogger)NullLogger.Instance;

    public async ValueTask<bool> IsRevokedAsync(string tokenId, CancellationToken ct = default)
    {
        try
        {
            return await connection.GetDatabaseAsync(options.OperationTimeout, ct) is { } db
                && await db.KeyExistsAsync(options.KeyPrefix + tokenId).WaitAsync(options.OperationTimeout, time, ct);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            LogFailure(logger, "EXISTS", e.GetType().Name);
            return false;
        }
    }

    public async ValueTask RevokeAsync(string tokenId, DateTimeOffset expiresAt, CancellationToken ct = default)
    {
        var ttl = expiresAt - time.GetUtcNow();
        if (ttl <= TimeSpan.Zero)
            return;
        var db = await connection.GetDatabaseAsync(options.OperationTimeout, ct)
            ?? throw new InvalidOperationException("Redis is unavailable: the token could not be revoked.");
        // A revocation that silently failed would be a security hole: this one throws.
        await db.StringSetAsync(options.KeyPrefix + tokenId, "1", ttl).WaitAsync(options.OperationTimeout, time, ct);
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis revocation list {Operation} failed ({Reason}); treated as not revoked")]
    private static partial void LogFailure(ILogger logger, string operation, string reason);
}
