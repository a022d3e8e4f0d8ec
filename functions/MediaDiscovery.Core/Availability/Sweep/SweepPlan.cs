namespace MediaDiscovery.Core.Availability.Sweep;

/// <summary>
/// Which titles a sweep re-checks, platform by platform, in batches (one adapter call each), most urgent first.
/// It travels as Step Functions state, so it carries title ids only.
/// </summary>
public sealed record SweepPlan(string SweepId, DateTimeOffset PlannedAt, IReadOnlyList<PlatformSweepPlan> Platforms);

public sealed record PlatformSweepPlan(string Platform, IReadOnlyList<SweepBatch> Batches);

public sealed record SweepBatch(string BatchId, IReadOnlyList<string> TitleIds);
