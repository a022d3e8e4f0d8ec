namespace MediaDiscovery.Core.Availability.Sweep;

/// <summary>How a sweep chooses its titles (<c>Availability:Sweep</c>).</summary>
public sealed record SweepPlanningOptions
{
    /// <summary>A title is due once its last verification is this old (or it is stale). Zero: every title is due.</summary>
    public TimeSpan DueAfter { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Show ids per adapter call.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>Titles per platform per sweep, most urgent first; keeps the Step Functions state under its 256 KiB
    /// limit (about 20 bytes per title id). The rest waits for the next sweep, now more urgent.</summary>
    public int MaxTitlesPerPlatform { get; set; } = 2000;
}
