using System.Collections.Concurrent;
using MediaDiscovery.Core.Ports;

namespace MediaDiscovery.Embedded.Security;

/// <summary>The revocation list in this process; entries are forgotten once their token has expired anyway.</summary>
public sealed class InMemoryRevokedTokens(TimeProvider time) : IRevokedTokens
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> revoked = new(StringComparer.Ordinal);

    public ValueTask<bool> IsRevokedAsync(string tokenId, CancellationToken ct = default)
    {
        if (!revoked.TryGetValue(tokenId, out var expiresAt))
            return ValueTask.FromResult(false);
        if (expiresAt > time.GetUtcNow())
            return ValueTask.FromResult(true);
        revoked.TryRemove(tokenId, out _);
        return ValueTask.FromResult(false);
    }

    public ValueTask RevokeAsync(string tokenId, DateTimeOffset expiresAt, CancellationToken ct = default)
    {
        revoked[tokenId] = expiresAt;
        return ValueTask.CompletedTask;
    }
}
