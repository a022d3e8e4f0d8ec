using MediaDiscovery.Core.Catalog.Ingestion;

namespace MediaDiscovery.Core.Catalog.Sync;

public enum SyncOutcome
{
    /// <summary>Feeds read and the delta applied.</summary>
    Applied,

    /// <summary>Feed fingerprints matched the last applied sync: nothing read, nothing written.</summary>
    Unchanged,

    /// <summary>No feed was usable: nothing written.</summary>
    Failed,
}

public enum FeedStatus
{
    Applied,
    Failed,
    Refused,
}

/// <summary>What happened to one platform's feed in a sync.</summary>
public sealed record FeedSyncReport(
    string Platform,
    string Location,
    FeedStatus Status,
    string? Error,
    long RowsRead,
    int Accepted,
    int Rejected);

/// <summary>The result of one catalog sync, as returned by the admin endpoint and logged.</summary>
public sealed record SyncReport
{
    public required string Trigger { get; init; }
    public required SyncOutcome Outcome { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public required double DurationMs { get; init; }
    public IReadOnlyList<FeedSyncReport> Feeds { get; init; } = [];
    public int TitlesAdded { get; init; }
    public int TitlesUpdated { get; init; }
    public int TitlesUnchanged { get; init; }
    public int AvailabilityAdded { get; init; }
    public int AvailabilityRemoved { get; init; }
    public int Conflicts { get; init; }
    public long CatalogVersion { get; init; }
    public IngestReport? Ingest { get; init; }
}
