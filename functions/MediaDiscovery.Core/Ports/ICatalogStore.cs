using MediaDiscovery.Core.Catalog;

namespace MediaDiscovery.Core.Ports;

/// <summary>
/// Where titles live (SQLite embedded, DynamoDB in AWS). Writes are conditional on the stored version so a
/// stale writer never overwrites newer data.
/// </summary>
public interface ICatalogStore
{
    Task<Title?> GetAsync(string id, CancellationToken ct = default);

    /// <summary>The title that has an availability with this <c>platform:show_id</c>, if any.</summary>
    Task<Title?> FindByExternalIdAsync(string externalId, CancellationToken ct = default);

    /// <summary>Every title that has an availability entry (available or not) on the platform.</summary>
    Task<IReadOnlyList<Title>> ListByPlatformAsync(string platform, CancellationToken ct = default);

    IAsyncEnumerable<Title> ListAllAsync(CancellationToken ct = default);

    /// <summary>
    /// Writes each title if the stored version equals its <see cref="TitleWrite.ExpectedVersion"/> (0 = must not
    /// exist yet); the stored version becomes ExpectedVersion + 1. Non-matching writes are skipped and reported
    /// as conflicts; the others still apply.
    /// </summary>
    Task<IReadOnlyList<WriteOutcome>> PutAsync(IReadOnlyList<TitleWrite> writes, CancellationToken ct = default);

    /// <summary>Counts over titles available on at least one platform.</summary>
    Task<CatalogCounts> GetCountsAsync(CancellationToken ct = default);

    Task<string?> GetMetadataAsync(string key, CancellationToken ct = default);

    Task SetMetadataAsync(string key, string value, CancellationToken ct = default);
}

public sealed record TitleWrite(Title Title, long ExpectedVersion);

public enum WriteStatus
{
    Written,
    Conflict,
}

public sealed record WriteOutcome(string TitleId, WriteStatus Status, long StoredVersion);

public sealed record CatalogCounts(
    int Titles,
    IReadOnlyDictionary<string, int> ByGenre,
    IReadOnlyDictionary<string, int> ByPlatform);
