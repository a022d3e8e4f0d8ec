using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Ports;

namespace MediaDiscovery.Core.Availability;

/// <summary>
/// Records observations: reads each title, merges its observations (<see cref="AvailabilityMerge"/>), writes it
/// back conditionally on the version it read (re-reading and merging again on a conflict), then appends the
/// changes to the change log and publishes them as content changes for the caches, indexes and notifications.
/// </summary>
/// <remarks>
/// The catalog write comes first: if the log or the publisher then fail, the caller retries (a queue redelivers),
/// and the retry finds the state applied and only confirms it, so that change is neither logged nor published.
/// The alternative, logging first, would record changes that never happened; a lost log entry is the lesser harm.
/// </remarks>
public sealed class AvailabilityRecorder(
    ICatalogStore store,
    IAvailabilityChangeLog changeLog,
    IContentChangePublisher publisher,
    TimeProvider clock,
    AvailabilityRecorderOptions? options = null) : IAvailabilityRecorder
{
    private readonly int maxAttempts = Math.Max(1, (options ?? new AvailabilityRecorderOptions()).MaxWriteAttempts);

    public async Task<RecordOutcome> RecordAsync(IReadOnlyList<AvailabilityObservation> observations, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(observations);
        var pending = observations.GroupBy(o => o.TitleId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var changes = new List<AvailabilityChange>();
        var unknown = new List<string>();
        int confirmed = 0, outdated = 0;
        for (var attempt = 0; attempt < maxAttempts && pending.Count > 0; attempt++)
        {
            var now = clock.GetUtcNow();
            var merged = new Dictionary<string, TitleMergeResult>(StringComparer.Ordinal);
            foreach (var (titleId, titleObservations) in pending)
            {
                var title = await store.GetAsync(titleId, ct);
                if (title is null)
                {
                    unknown.Add(titleId);
                    continue;
                }
                merged[titleId] = AvailabilityMerge.Apply(title, titleObservations, now);
            }
            var writes = merged.Values.Where(m => m.Modified).Select(m => new TitleWrite(m.Title, m.Title.Version)).ToList();
            var conflicts = writes.Count == 0 ? [] : (await store.PutAsync(writes, ct))
                .Where(o => o.Status == WriteStatus.Conflict).Select(o => o.TitleId).ToHashSet(StringComparer.Ordinal);
            var retry = new Dictionary<string, List<AvailabilityObservation>>(StringComparer.Ordinal);
            foreach (var (titleId, result) in merged)
            {
                if (conflicts.Contains(titleId))
                {
                    retry[titleId] = pending[titleId];
                    continue;
                }
                changes.AddRange(result.Changes);
                confirmed += result.Confirmed;
                outdated += result.Outdated;
                if (result.MissingShowId)
                    unknown.Add(titleId);
            }
            pending = retry;
        }

        await PublishAsync(changes, ct);
        if (pending.Count > 0)
            throw new AvailabilityConflictException(
                $"{pending.Count} title(s) changed concurrently on each of {maxAttempts} attempts: {string.Join(", ", pending.Keys.Take(5))}");
        return new RecordOutcome(changes, confirmed, outdated, unknown);
    }

    public async Task MarkStaleAsync(string platform, IReadOnlyList<string> titleIds, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(platform);
        ArgumentNullException.ThrowIfNull(titleIds);
        var pending = titleIds.Distinct(StringComparer.Ordinal).ToList();
        for (var attempt = 0; attempt < maxAttempts && pending.Count > 0; attempt++)
        {
            var writes = new List<TitleWrite>();
            foreach (var titleId in pending)
            {
                var title = await store.GetAsync(titleId, ct);
                if (title is null || !title.Availability.Any(a => a.Platform == platform && !a.Stale))
                    continue;
                // The values stay as last known; only the flag says nobody could confirm them.
                var availability = title.Availability.Select(a => a.Platform == platform ? a with { Stale = true } : a).ToList();
                writes.Add(new TitleWrite(title with { Availability = availability }, title.Version));
            }
            pending = writes.Count == 0 ? [] : (await store.PutAsync(writes, ct))
                .Where(o => o.Status == WriteStatus.Conflict).Select(o => o.TitleId).ToList();
        }
        if (pending.Count > 0)
            throw new AvailabilityConflictException($"{pending.Count} title(s) changed concurrently on each of {maxAttempts} attempts");
    }

    private async Task PublishAsync(List<AvailabilityChange> changes, CancellationToken ct)
    {
        if (changes.Count == 0)
            return;
        await changeLog.AppendAsync(changes, ct);
        await publisher.PublishAsync(changes.Select(ToContentChange).ToList(), ct);
    }

    private static ContentChange ToContentChange(AvailabilityChange change) => new(
        change.TitleId,
        change.Kind switch
        {
            AvailabilityChangeKind.Added => ContentChangeKind.AvailabilityAdded,
            AvailabilityChangeKind.Removed => ContentChangeKind.AvailabilityRemoved,
            _ => ContentChangeKind.AvailabilityPriceChanged,
        },
        change.Platform,
        change.OccurredAt,
        AvailabilitySourceNames.Of(change.Source));
}
