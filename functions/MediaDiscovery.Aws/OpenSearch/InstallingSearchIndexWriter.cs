using MediaDiscovery.Core.Ports;

namespace MediaDiscovery.Aws.OpenSearch;

/// <summary>
/// Runs <see cref="OpenSearchIndexInstaller"/> once per instance before the first read or write of the index, so a
/// fresh domain gets its knn mapping and RRF pipeline (a write to a missing index would create it with a dynamic
/// mapping, without the vector field). A failed install is retried on the next call rather than remembered.
/// </summary>
public sealed class InstallingSearchIndexWriter(ISearchIndexWriter inner, OpenSearchIndexInstaller installer) : ISearchIndexWriter
{
    private readonly Lock gate = new();
    private Task? installed;

    public async Task<IReadOnlyDictionary<string, string>> GetEmbeddingHashesAsync(IReadOnlyList<string> titleIds, CancellationToken ct = default)
    {
        await EnsureInstalledAsync();
        return await inner.GetEmbeddingHashesAsync(titleIds, ct);
    }

    public async Task<IReadOnlyDictionary<string, string>> IndexAsync(IReadOnlyList<IndexedTitle> titles, CancellationToken ct = default)
    {
        await EnsureInstalledAsync();
        return await inner.IndexAsync(titles, ct);
    }

    private Task EnsureInstalledAsync()
    {
        lock (gate)
        {
            if (installed is null || installed.IsFaulted || installed.IsCanceled)
                installed = installer.EnsureAsync(CancellationToken.None);
            return installed;
        }
    }
}
