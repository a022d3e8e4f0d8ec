namespace MediaDiscovery.Functions.Availability;

/// <summary>
/// The in-process orchestration (<c>Availability:Sweep</c>), mirroring the state machine: platforms and batches in
/// parallel up to the Map states' MaxConcurrency, a failed batch retried like the CheckBatch task's Retry.
/// <see cref="Interval"/> schedules it in LocalHost (absent or zero: no schedule).
/// </summary>
public sealed record SweepOrchestrationOptions
{
    public TimeSpan? Interval { get; set; }

    public bool RunAtStartup { get; set; }

    public int PlatformConcurrency { get; set; } = 4;

    public int BatchConcurrency { get; set; } = 2;

    /// <summary>Retries of a failed batch (the ASL's CheckBatch Retry MaxAttempts).</summary>
    public int TaskRetries { get; set; } = 2;

    /// <summary>The first retry's interval; doubled per retry, fully jittered (the ASL's IntervalSeconds).</summary>
    public TimeSpan TaskRetryInterval { get; set; } = TimeSpan.FromSeconds(1);
}
