namespace MediaDiscovery.Core.Availability;

/// <summary>Configuration section <c>Availability:Recorder</c>.</summary>
public sealed record AvailabilityRecorderOptions
{
    /// <summary>Read-merge-write rounds per title before a version conflict is given up (and the caller retries later).</summary>
    public int MaxWriteAttempts { get; set; } = 5;
}
