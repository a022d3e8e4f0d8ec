using MediaDiscovery.Core.Availability;

namespace MediaDiscovery.Core.Ports;

/// <summary>The history of availability changes (SQLite embedded, DynamoDB in AWS).</summary>
public interface IAvailabilityChangeLog
{
    /// <summary>Stores each change once per change id.</summary>
    Task AppendAsync(IReadOnlyList<AvailabilityChange> changes, CancellationToken ct = default);

    /// <summary>The title's changes, newest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<AvailabilityChange>> ListForTitleAsync(string titleId, int limit, CancellationToken ct = default);

    /// <summary>Every title's changes that occurred at or after <paramref name="since"/>, in no particular order (the changes feed).</summary>
    IAsyncEnumerable<AvailabilityChange> ListSinceAsync(DateTimeOffset since, CancellationToken ct = default);
}
