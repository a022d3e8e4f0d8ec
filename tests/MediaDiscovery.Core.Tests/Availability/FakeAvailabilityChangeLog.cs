using MediaDiscovery.Core.Availability;
using MediaDiscovery.Core.Ports;

namespace MediaDiscovery.Core.Tests.Availability;

/// <summary>A change log that keeps changes in memory, once per change id, as the real ones do.</summary>
internal sealed class FakeAvailabilityChangeLog : IAvailabilityChangeLog
{
    private readonly Dictionary<string, AvailabilityChange> changes = new(StringComparer.Ordinal);

    public int AppendCalls { get; private set; }

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
            AppendCalls++;
            foreach (var change in appended)
                changes.TryAdd(change.ChangeId, change);
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AvailabilityChange>> ListForTitleAsync(string titleId, int limit, CancellationToken ct = default)
    {
        lock (changes)
        {
            return Task.FromResult<IReadOnlyList<AvailabilityChange>>(changes.Values
                .Where(c => c.TitleId == titleId).OrderByDescending(c => c.OccurredAt).Take(limit).ToList());
        }
    }
}
