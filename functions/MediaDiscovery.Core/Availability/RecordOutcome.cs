namespace MediaDiscovery.Core.Availability;

/// <summary>
/// What recording a batch of observations did: the changes applied (and published), how many confirmed the stored
/// state, how many were older than it (kept out), and the titles that were not found.
/// </summary>
public sealed record RecordOutcome(
    IReadOnlyList<AvailabilityChange> Changes,
    int Confirmed,
    int Outdated,
    IReadOnlyList<string> UnknownTitleIds);
