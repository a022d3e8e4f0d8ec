using MediaDiscovery.Core.Availability;
using MediaDiscovery.Core.Ports;

namespace MediaDiscovery.Testing.Availability;

/// <summary>A change log for tests of the layers above it; it passes the same <see cref="AvailabilityChangeLogContract"/> as the real ones.</summary>
public sealed class InMemoryAvailabilityChangeLog : IAvailabilityChangeLog
{
    private readonly Lock gate = new();
    // Keyed like the DynamoDB table (partition title, then change id): a change id names a change of one title.
    private readonly Dictionary<(string TitleId, string ChangeId), AvailabilityChange> changes = [];

    /// <summary>Every change stored, in no particular order (for assertions).</summary>
    public IReadOnlyList<AvailabilityChange> All
    {
        get
        {
            lock (gate)
                return changes.Values.ToList();
        }
    }

    public Task AppendAsync(IReadOnlyList<AvailabilityChange> changes, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        lock (gate)
        {
            foreach (var change in changes)
                this.changes.TryAdd((change.TitleId, change.ChangeId), change);
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AvailabilityChange>> ListForTitleAsync(string titleId, int limit, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        lock (gate)
        {
            IReadOnlyList<AvailabilityChange> found = changes.Values
                .Where(c => c.TitleId == titleId)
                .OrderByDescending(c => c.OccurredAt.UtcTicks)
                .ThenByDescending(c => c.ChangeId, StringComparer.Ordinal)
                .Take(limit)
                .ToList();
            return Task.FromResult(found);
        }
    }

    public async IAsyncEnumerable<AvailabilityChange> ListSinceAsync(DateTimeOffset since, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        List<AvailabilityChange> found;
        lock (gate)
            found = changes.Values.Where(c => c.OccurredAt >= since).ToList();
        foreach (var change in found)
        {
            await Task.Yield();
            yield return change;
        }
    }
}
