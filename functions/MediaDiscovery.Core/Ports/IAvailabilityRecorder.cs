using MediaDiscovery.Core.Availability;

namespace MediaDiscovery.Core.Ports;

/// <summary>
/// The one way availability changes after ingest (sweep, on-demand check, webhook): applies observations to the
/// catalog when newer than the stored state, records each change with its time and source, and publishes it.
/// </summary>
public interface IAvailabilityRecorder
{
    Task<RecordOutcome> RecordAsync(IReadOnlyList<AvailabilityObservation> observations, CancellationToken ct = default);

    /// <summary>Keeps the last known availability of these titles on the platform but marks it stale (the platform
    /// could not be asked).</summary>
    Task MarkStaleAsync(string platform, IReadOnlyList<string> titleIds, CancellationToken ct = default);
}
