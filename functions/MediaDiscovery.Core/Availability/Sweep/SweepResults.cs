namespace MediaDiscovery.Core.Availability.Sweep;

/// <summary>
/// One batch's outcome. A checked batch has recorded its observations already (<see cref="Stale"/> false); a batch
/// whose platform could not be asked is <see cref="Stale"/> and carries its title ids so that applying the sweep
/// can mark them stale.
/// </summary>
public sealed record SweepBatchResult(
    string Platform,
    string BatchId,
    bool Stale,
    int Checked,
    int Changed,
    IReadOnlyList<string>? TitleIds = null,
    string? Error = null);

/// <summary>One platform's batch results, as the sweep's map over platforms collects them.</summary>
public sealed record PlatformSweepResult(string Platform, IReadOnlyList<SweepBatchResult> BatchResults);

/// <summary>What a sweep did per platform: the outcome both orchestrations (Step Functions, in process) must agree on.</summary>
public sealed record SweepSummary(string SweepId, IReadOnlyList<PlatformSweepSummary> Platforms)
{
    public int Checked => Platforms.Sum(p => p.Checked);
}

public sealed record PlatformSweepSummary(string Platform, int Batches, int Checked, int Changed, int StaleBatches, int StaleTitles);
