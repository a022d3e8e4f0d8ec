namespace MediaDiscovery.Core.Ports;

/// <summary>
/// Cached search responses (in-memory locally, Redis/ElastiCache in AWS). Entries are keyed by the caller
/// (normalised query + filters + user segment + catalog version + <see cref="GetGenerationAsync"/>); bumping
/// the generation invalidates every entry at once (an availability change). An outage must degrade to a
/// miss, never to an error: implementations swallow and log their own failures.
/// </summary>
public interface IQueryCache
{
    Task<byte[]?> GetAsync(string key, CancellationToken ct = default);

    Task SetAsync(string key, byte[] value, TimeSpan ttl, CancellationToken ct = default);

    /// <summary>The current invalidation generation (shared by all instances in AWS).</summary>
    Task<long> GetGenerationAsync(CancellationToken ct = default);

    /// <summary>Invalidates every cached entry by moving to a new generation.</summary>
    Task InvalidateAllAsync(CancellationToken ct = default);
}
