using MediaDiscovery.Core.Availability.Sweep;

namespace MediaDiscovery.Functions.Availability;

/// <summary>
/// A state machine task's input as posted to <c>/events</c>: <see cref="Task"/> names the task
/// (<c>plan-sweep</c>, <c>check-batch</c>, <c>apply-sweep</c>); the other fields are that task's parameters.
/// </summary>
public sealed record SweepTaskInput(
    string? Task,
    string? SweepId = null,
    string? Platform = null,
    SweepBatch? Batch = null,
    IReadOnlyList<PlatformSweepResult>? Platforms = null);
