using MediaDiscovery.Core.Ports;

namespace MediaDiscovery.Embedded.Caching;

/// <summary>
/// The response cache switched off (<c>Cache:Backend</c> = <c>none</c>): every lookup misses and nothing is
/// stored, so every request does the full work. For measuring the uncached path, and for deployments that cache
/// in front of the API instead.
/// </summary>
public sealed class NoQueryCache : IQueryCache
{
    private static readonly Task<byte[]?> Miss = Task.FromResult<byte[]?>(null);
    private static readonly Task<long> Generation = Task.FromResult(0L);

    public Task<byte[]?> GetAsync(string key, CancellationToken ct = default) => Miss;

    public Task SetAsync(string key, byte[] value, TimeSpan ttl, CancellationToken ct = default) => Task.CompletedTask;

    public Task<long> GetGenerationAsync(CancellationToken ct = default) => Generation;

    public Task InvalidateAllAsync(CancellationToken ct = default) => Task.CompletedTask;
}
