using System.Globalization;
using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Catalog.Ingestion;
using MediaDiscovery.Core.Ports;

namespace MediaDiscovery.Core.Availability.Sweep;

/// <summary>
/// The sweep's three tasks, the same for Step Functions (each one a request to the Availability function) and for
/// the in-process orchestration: plan the due titles, check a batch (and record what the platform said), apply the
/// sweep (mark the titles of failed batches stale, summarise).
/// </summary>
public sealed class AvailabilitySweep(
    ICatalogStore store,
    IPlatformAvailabilityChecker checker,
    IAvailabilityRecorder recorder,
    CatalogTaxonomy taxonomy,
    TimeProvider clock,
    SweepPlanningOptions options)
{
    public async Task<SweepPlan> PlanAsync(string? sweepId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var titles = new Dictionary<string, IReadOnlyList<Title>>(StringComparer.Ordinal);
        var feedTimes = new Dictionary<string, DateTimeOffset?>(StringComparer.Ordinal);
        foreach (var platform in taxonomy.Platforms.Select(p => p.Id).Where(checker.IsConfigured))
        {
            titles[platform] = await store.ListByPlatformAsync(platform, ct);
            feedTimes[platform] = ParseTime(await store.GetMetadataAsync(Catalog.Sync.CatalogSync.FeedSyncedAtKeyPrefix + platform, ct));
        }
        var id = string.IsNullOrWhiteSpace(sweepId) ? "sweep-" + now.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture) : sweepId;
        return SweepPlanner.Plan(id, titles, p => feedTimes.GetValueOrDefault(p), watchers: null, now, options);
    }

    /// <summary>Asks the platform about the batch and records the answers (source Sweep).</summary>
    /// <exception cref="PlatformUnavailableException">The platform could not be asked; the orchestration retries, then
    /// marks the batch stale.</exception>
    public async Task<SweepBatchResult> CheckBatchAsync(string sweepId, string platform, SweepBatch batch, CancellationToken ct = default)
    {
        var entries = new List<(string TitleId, string ShowId)>(batch.TitleIds.Count);
        foreach (var titleId in batch.TitleIds.Distinct(StringComparer.Ordinal))
        {
            var entry = (await store.GetAsync(titleId, ct))?.Availability.FirstOrDefault(a => a.Platform == platform);
            if (entry is not null)
                entries.Add((titleId, entry.ShowId));
        }
        if (entries.Count == 0)
            return new SweepBatchResult(platform, batch.BatchId, Stale: false, Checked: 0, Changed: 0);

        var result = await checker.CheckAsync(platform, entries.Select(e => e.ShowId).ToList(), ct);
        if (!result.Succeeded)
            throw new PlatformUnavailableException(platform, result.Failure!);
        var observedAt = clock.GetUtcNow();
        var byShow = result.Titles.GroupBy(t => t.ShowId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var observations = entries
            .Where(e => byShow.ContainsKey(e.ShowId))
            .Select(e => ToObservation(e.TitleId, platform, byShow[e.ShowId], observedAt, AvailabilitySource.Sweep, sweepId))
            .ToList();
        var outcome = await recorder.RecordAsync(observations, ct);
        return new SweepBatchResult(platform, batch.BatchId, Stale: false, Checked: observations.Count, Changed: outcome.Changes.Count);
    }

    /// <summary>Marks the titles of every stale batch stale (last known availability kept) and summarises the sweep.</summary>
    public async Task<SweepSummary> ApplyAsync(string sweepId, IReadOnlyList<PlatformSweepResult> platforms, CancellationToken ct = default)
    {
        var summaries = new List<PlatformSweepSummary>(platforms.Count);
        foreach (var platform in platforms.OrderBy(p => p.Platform, StringComparer.Ordinal))
        {
            var stale = platform.BatchResults.Where(b => b.Stale).ToList();
            var staleTitles = stale.SelectMany(b => b.TitleIds ?? []).Distinct(StringComparer.Ordinal).ToList();
            if (staleTitles.Count > 0)
                await recorder.MarkStaleAsync(platform.Platform, staleTitles, ct);
            summaries.Add(new PlatformSweepSummary(
                platform.Platform,
                platform.BatchResults.Count,
                platform.BatchResults.Sum(b => b.Checked),
                platform.BatchResults.Sum(b => b.Changed),
                stale.Count,
                staleTitles.Count));
        }
        return new SweepSummary(sweepId, summaries);
    }

    public static AvailabilityObservation ToObservation(
        string titleId, string platform, PlatformTitleStatus status, DateTimeOffset observedAt, AvailabilitySource source, string? sourceId) =>
        new(titleId, platform, status.Available, status.Url, status.PriceType, status.Region, observedAt, source, sourceId) { ShowId = status.ShowId };

    private static DateTimeOffset? ParseTime(string? raw) =>
        DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) ? at : null;
}
