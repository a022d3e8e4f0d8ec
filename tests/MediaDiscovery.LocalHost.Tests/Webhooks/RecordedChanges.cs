using MediaDiscovery.Core.Availability;
using MediaDiscovery.Core.Ports;

namespace MediaDiscovery.LocalHost.Tests.Webhooks;

/// <summary>An availability change log in memory (once per change id), standing in for the stores' implementation.</summary>
public sealed class RecordedChanges : IAvailabilityChangeLog
{
    private readonly Dictionary<string, AvailabilityChange> changes = new(StringComparer.Ordinal);

    public IReadOnlyList<AvailabilityChange> All
    {
        get
        {
            lock (changes)
                return changes.Values.ToList();
        }
    }

    public Task AppendAsync(IReadOnlyList<AvailabilityChange> appended, CancellationToken ct = default)
    {
        lock (changes)
        {
            foreach (var change in appended)
                changes.TryAdd(change.ChangeId, change);
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AvailabilityChange>> ListForTitleAsync(string titleId, int limit, CancellationToken ct = default)
    {
        lock (changes)
        {
            return Task.FromResult<IReadOnlyList<AvailabilityChange>>(
                changes.Values.Where(c => c.TitleId == titleId).OrderByDescending(c => c.OccurredAt).Take(limit).ToList());
        }
    }
}
