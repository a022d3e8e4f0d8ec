using System.Collections.Concurrent;
using MediaDiscovery.Core.Availability;
using MediaDiscovery.Core.Ports;

namespace MediaDiscovery.LocalHost.Tests.Webhooks;

/// <summary>The real recorder, counting how often each observation (by its source id, the webhook id) is recorded.</summary>
public sealed class CountingRecorder(IAvailabilityRecorder inner) : IAvailabilityRecorder
{
    public ConcurrentDictionary<string, int> RecordedBySourceId { get; } = new(StringComparer.Ordinal);

    public async Task<RecordOutcome> RecordAsync(IReadOnlyList<AvailabilityObservation> observations, CancellationToken ct = default)
    {
        var outcome = await inner.RecordAsync(observations, ct);
        foreach (var observation in observations)
            RecordedBySourceId.AddOrUpdate(observation.SourceId ?? "", 1, (_, n) => n + 1);
        return outcome;
    }

    public Task MarkStaleAsync(string platform, IReadOnlyList<string> titleIds, CancellationToken ct = default) =>
        inner.MarkStaleAsync(platform, titleIds, ct);
}
