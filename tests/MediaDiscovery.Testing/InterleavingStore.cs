using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Ports;

namespace MediaDiscovery.Testing;

/// <summary>Runs another writer's action just before the first batch write: a race made deterministic.</summary>
public sealed class InterleavingStore(ICatalogStore inner, Func<Task> beforeFirstWrite) : ICatalogStore
{
    private Func<Task>? pending = beforeFirstWrite;

    public async Task<IReadOnlyList<WriteOutcome>> PutAsync(IReadOnlyList<TitleWrite> writes, CancellationToken ct = default)
    {
        var action = Interlocked.Exchange(ref pending, null);
        if (action is not null)
            await action();
        return await inner.PutAsync(writes, ct);
    }

    public Task<Title?> GetAsync(string id, CancellationToken ct = default) => inner.GetAsync(id, ct);
    public Task<Title?> FindByExternalIdAsync(string externalId, CancellationToken ct = default) => inner.FindByExternalIdAsync(externalId, ct);
    public Task<IReadOnlyList<Title>> ListByPlatformAsync(string platform, CancellationToken ct = default) => inner.ListByPlatformAsync(platform, ct);
    public IAsyncEnumerable<Title> ListAllAsync(CancellationToken ct = default) => inner.ListAllAsync(ct);
    public Task<CatalogCounts> GetCountsAsync(CancellationToken ct = default) => inner.GetCountsAsync(ct);
    public Task<string?> GetMetadataAsync(string key, CancellationToken ct = default) => inner.GetMetadataAsync(key, ct);
    public Task SetMetadataAsync(string key, string value, CancellationToken ct = default) => inner.SetMetadataAsync(key, value, ct);
}
