using MediaDiscovery.Core.Availability;
using MediaDiscovery.Core.Ports;

namespace MediaDiscovery.Embedded.Availability;

/// <summary>
/// The change log in memory: the fallback while no durable log (SQLite, DynamoDB) is registered; its history is
/// lost on restart. Registered with TryAdd, so a durable log registered before or after it wins.
/// </summary>
public sealed class InMemoryAvailabilityChangeLog : IAvailabilityChangeLog
{
    private readonly Lock gate = new();
    // Keyed like the DynamoDB table (partition title, then change id): a change id names a change of one title.
    private readonly Dictionary<(string TitleId, string ChangeId), AvailabilityChange> changes = [];

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
}
