using MediaDiscovery.Core.Catalog.Sync;
using MediaDiscovery.Hosting;

namespace MediaDiscovery.Functions.CatalogSync;

/// <summary>Runs a sync from the configured feeds, logs its report and refreshes what depends on it.</summary>
public sealed partial class CatalogSyncRunner(
    Core.Catalog.Sync.CatalogSync sync,
    CatalogSourcesFactory sources,
    FeedSyncTimes syncTimes,
    ILogger<CatalogSyncRunner> logger)
{
    public bool IsConfigured => sources.IsConfigured;

    /// <summary>The report, or null when a sync is already running.</summary>
    public async Task<SyncReport?> RunAsync(string trigger, bool force, CancellationToken ct)
    {
        var report = await sync.TryRunAsync(sources.Create(), trigger, force, ct);
        if (report is null)
            return null;
        syncTimes.Invalidate();
        LogReport(logger, report.Trigger, report.Outcome, report.DurationMs, report.TitlesAdded, report.TitlesUpdated,
            report.AvailabilityAdded, report.AvailabilityRemoved, report.Conflicts, report.CatalogVersion);
        foreach (var feed in report.Feeds.Where(f => f.Status != FeedStatus.Applied))
            LogFeedProblem(logger, feed.Platform, feed.Status, feed.Error ?? "");
        return report;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Catalog sync ({Trigger}): {Outcome} in {DurationMs:F0} ms; titles +{Added} ~{Updated}; availability +{AvailabilityAdded} -{AvailabilityRemoved}; conflicts {Conflicts}; catalog version {Version}")]
    private static partial void LogReport(ILogger logger, string trigger, SyncOutcome outcome, double durationMs, int added, int updated,
        int availabilityAdded, int availabilityRemoved, int conflicts, long version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Catalog feed {Platform} {Status}: {Error}")]
    private static partial void LogFeedProblem(ILogger logger, string platform, FeedStatus status, string error);
}
