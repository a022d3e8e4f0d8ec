using System.Diagnostics;
using System.Globalization;
using MediaDiscovery.Core.Catalog.Ingestion;
using MediaDiscovery.Core.Ports;

namespace MediaDiscovery.Core.Catalog.Sync;

/// <summary>
/// Pulls every platform feed, computes the delta against the store and applies it, then publishes the
/// changes. One sync at a time per instance; a feed that cannot be read, is malformed or would wipe most
/// of its platform is left out, and that platform keeps its last known catalog.
/// </summary>
public sealed class CatalogSync(
    ICatalogStore store,
    CatalogIngestion ingestion,
    IContentChangePublisher publisher,
    TimeProvider clock,
    CatalogSyncOptions options)
{
    public const string FingerprintKey = "catalog-fingerprint";
    public const string CatalogVersionKey = "catalog-version";
    public const string FeedSyncedAtKeyPrefix = "feed-synced-at:";

    // Bump when ingestion rules change, so unchanged feeds are still re-read once.
    // 2: series' and credited titles' score matching widened; MovieLens rating counts.
    // 3: names with a disambiguating year ("Aladdin (1992)") matched to scores and ratings.
    private const string PipelineVersion = "ingest-3";

    private readonly SemaphoreSlim gate = new(1, 1);

    public bool IsRunning => gate.CurrentCount == 0;

    /// <summary>Runs a sync unless one is already running (then null).</summary>
    public async Task<SyncReport?> TryRunAsync(CatalogSources sources, string trigger, bool force = false, CancellationToken ct = default)
    {
        if (!await gate.WaitAsync(0, ct))
            return null;
        try
        {
            return await RunAsync(sources, trigger, force, ct);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<SyncReport> RunAsync(CatalogSources sources, string trigger, bool force, CancellationToken ct)
    {
        var startedAt = clock.GetUtcNow();
        var stopwatch = Stopwatch.StartNew();
        var fingerprint = await FingerprintAsync(sources, ct);
        if (!force && options.SkipWhenUnchanged && fingerprint is not null
            && fingerprint == await store.GetMetadataAsync(FingerprintKey, ct))
        {
            return new SyncReport
            {
                Trigger = trigger,
                Outcome = SyncOutcome.Unchanged,
                StartedAt = startedAt,
                DurationMs = stopwatch.Elapsed.TotalMilliseconds,
                CatalogVersion = await CatalogVersionAsync(ct),
            };
        }

        var stored = await LoadStoredAsync(ct);
        var (feeds, feedReports) = await ReadFeedsAsync(sources, stored, ct);
        var usable = feeds.Where(f => f.IsUsable).ToList();
        if (usable.Count == 0)
        {
            return new SyncReport
            {
                Trigger = trigger,
                Outcome = SyncOutcome.Failed,
                StartedAt = startedAt,
                DurationMs = stopwatch.Elapsed.TotalMilliseconds,
                Feeds = feedReports,
                CatalogVersion = await CatalogVersionAsync(ct),
            };
        }

        var scores = sources.LoadScores is null ? null : await sources.LoadScores(ct);
        var snapshot = ingestion.Merge(usable, scores);
        var now = clock.GetUtcNow();
        var synced = usable.Select(f => f.Platform).ToHashSet(StringComparer.Ordinal);
        var plan = CatalogDelta.Compute(stored, snapshot.Titles, synced, now, "catalog-sync");
        var (conflicts, written) = await WriteAsync(plan.Writes, ct);
        var version = await CommitAsync(plan, written, synced, now, fingerprint, allFeedsUsable: usable.Count == feeds.Count, ct);

        return new SyncReport
        {
            Trigger = trigger,
            Outcome = SyncOutcome.Applied,
            StartedAt = startedAt,
            DurationMs = stopwatch.Elapsed.TotalMilliseconds,
            Feeds = feedReports,
            TitlesAdded = plan.Added,
            TitlesUpdated = plan.Updated,
            TitlesUnchanged = plan.Unchanged,
            AvailabilityAdded = plan.AvailabilityAdded,
            AvailabilityRemoved = plan.AvailabilityRemoved,
            Conflicts = conflicts,
            CatalogVersion = version,
            Ingest = snapshot.Report,
        };
    }

    private async Task<List<Title>> LoadStoredAsync(CancellationToken ct)
    {
        var stored = new List<Title>();
        await foreach (var title in store.ListAllAsync(ct))
            stored.Add(title);
        return stored;
    }

    private async Task<(List<PlatformFeedResult> Feeds, List<FeedSyncReport> Reports)> ReadFeedsAsync(
        CatalogSources sources, List<Title> stored, CancellationToken ct)
    {
        var feeds = new List<PlatformFeedResult>();
        var reports = new List<FeedSyncReport>();
        foreach (var source in sources.Feeds)
        {
            var result = await ReadFeedAsync(source, ct);
            var refusal = result.IsUsable ? RemovalGuard(result, stored) : null;
            if (refusal is not null)
                result = result with { FatalError = refusal };
            feeds.Add(result);
            reports.Add(new FeedSyncReport(
                source.Platform,
                source.Location,
                refusal is not null ? FeedStatus.Refused : result.IsUsable ? FeedStatus.Applied : FeedStatus.Failed,
                result.FatalError,
                result.RowsRead,
                result.Entries.Count,
                result.Rejections.Count));
        }
        return (feeds, reports);
    }

    private async Task<PlatformFeedResult> ReadFeedAsync(ICatalogFeedSource source, CancellationToken ct)
    {
        try
        {
            await using var stream = await source.OpenAsync(ct);
            return ingestion.ReadFeed(source.Platform, stream, ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or HttpRequestException or CatalogFeedUnavailableException or TimeoutException)
        {
            return new PlatformFeedResult { Platform = source.Platform, FatalError = $"feed unavailable: {e.Message}" };
        }
    }

    private string? RemovalGuard(PlatformFeedResult feed, List<Title> stored)
    {
        var availableNow = stored
            .SelectMany(t => t.Availability)
            .Where(a => a.Platform == feed.Platform && a.Available)
            .Select(a => a.ShowId)
            .ToHashSet(StringComparer.Ordinal);
        if (availableNow.Count < options.RemovalGuardMinimum)
            return null;
        var stillListed = feed.Entries.Count(e => availableNow.Contains(e.ShowId));
        var removed = availableNow.Count - stillListed;
        return removed > availableNow.Count * options.MaxRemovalFraction
            ? string.Create(CultureInfo.InvariantCulture, $"refused: the feed would end {removed} of {availableNow.Count} available titles (limit {options.MaxRemovalFraction:P0})")
            : null;
    }

    private async Task<(int Conflicts, HashSet<string> Written)> WriteAsync(IReadOnlyList<TitleWrite> writes, CancellationToken ct)
    {
        var conflicts = 0;
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var batch in writes.Chunk(Math.Max(1, options.WriteBatchSize)))
        {
            foreach (var outcome in await store.PutAsync(batch, ct))
            {
                if (outcome.Status == WriteStatus.Written)
                    written.Add(outcome.TitleId);
                else
                    conflicts++;
            }
        }
        return (conflicts, written);
    }

    private async Task<long> CommitAsync(
        DeltaPlan plan,
        HashSet<string> written,
        HashSet<string> synced,
        DateTimeOffset now,
        string? fingerprint,
        bool allFeedsUsable,
        CancellationToken ct)
    {
        var version = await CatalogVersionAsync(ct);
        if (written.Count > 0)
        {
            version++;
            await store.SetMetadataAsync(CatalogVersionKey, version.ToString(CultureInfo.InvariantCulture), ct);
        }
        foreach (var platform in synced)
            await store.SetMetadataAsync(FeedSyncedAtKeyPrefix + platform, now.ToString("O", CultureInfo.InvariantCulture), ct);

        // Only a sync that read every feed and wrote everything may let the next one skip unchanged feeds.
        if (fingerprint is not null && allFeedsUsable && written.Count == plan.Writes.Count)
            await store.SetMetadataAsync(FingerprintKey, fingerprint, ct);

        var published = plan.Changes.Where(c => written.Contains(c.TitleId)).ToList();
        if (published.Count > 0)
            await publisher.PublishAsync(published, ct);
        return version;
    }

    private async Task<long> CatalogVersionAsync(CancellationToken ct) =>
        long.TryParse(await store.GetMetadataAsync(CatalogVersionKey, ct), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0;

    private static async Task<string?> FingerprintAsync(CatalogSources sources, CancellationToken ct)
    {
        var parts = new List<string> { PipelineVersion, "scores=" + (sources.ScoresFingerprint ?? "none") };
        foreach (var feed in sources.Feeds.OrderBy(f => f.Platform, StringComparer.Ordinal))
        {
            var fp = await feed.GetFingerprintAsync(ct);
            if (fp is null)
                return null;
            parts.Add($"{feed.Platform}={fp}");
        }
        return string.Join('|', parts);
    }
}
