using MediaDiscovery.Core.Catalog;

namespace MediaDiscovery.Core.Ports;

/// <summary>Titles by id for rendering results (the in-memory table locally; the catalog store in AWS).</summary>
public interface ITitleLookup
{
    /// <summary>The titles found, in the order of <paramref name="ids"/>; unknown ids are skipped.</summary>
    Task<IReadOnlyList<Title>> GetManyAsync(IReadOnlyList<string> ids, CancellationToken ct = default);

    /// <summary>The catalog title best matching a name (for "like X"), or null.</summary>
    Task<Title?> FindByNameAsync(string name, CancellationToken ct = default);
}
