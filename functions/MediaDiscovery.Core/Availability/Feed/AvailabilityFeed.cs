using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Ports;

namespace MediaDiscovery.Core.Availability.Feed;

/// <summary>
/// What arrived on and left each platform, newest first: every title's catalog arrival (its feed's
/// <c>date_added</c>, so a fresh catalog already has a feed) and every addition and removal the availability system
/// recorded (webhooks, sweeps, on-demand checks; <see cref="IAvailabilityChangeLog"/>). Built whole in memory and
/// paged by position; rebuilt when told of a change (<see cref="Invalidate"/>) or when older than
/// <see cref="AvailabilityFeedOptions.MaxAge"/>.
/// </summary>
public sealed class AvailabilityFeed
{
    public const string CatalogSource = "catalog";

    private readonly ICatalogStore catalog;
    private readonly IAvailabilityChangeLog changes;
    private readonly TimeProvider clock;
    private readonly AvailabilityFeedOptions options;
    private readonly SemaphoreSlim building = new(1, 1);
    private Snapshot? current;
    private long version;

    public AvailabilityFeed(ICatalogStore catalog, IAvailabilityChangeLog changes, TimeProvider clock, AvailabilityFeedOptions? options = null)
    {
        this.catalog = catalog;
        this.changes = changes;
        this.clock = clock;
        this.options = options ?? new AvailabilityFeedOptions();
        this.options.Validate();
    }

    /// <summary>The next read rebuilds the feed (a title or an availability changed).</summary>
    public void Invalidate() => Interlocked.Increment(ref version);

    public async Task<FeedPage> QueryAsync(FeedQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Limit, 1);
        var entries = (await SnapshotAsync(ct).ConfigureAwait(false)).Entries;
        var page = new List<FeedEntry>(Math.Min(query.Limit, 128));
        for (var i = query.After is { } after ? FirstAfter(entries, after) : 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            if (query.Since is { } since && entry.At < since)
                break; // newest first: nothing further is recent enough
            if (!query.Matches(entry))
                continue;
            if (page.Count == query.Limit)
                return new FeedPage(page, page[^1].Position);
            page.Add(entry);
        }
        return new FeedPage(page, null);
    }

    private static int FirstAfter(FeedEntry[] entries, FeedPosition after)
    {
        int low = 0, high = entries.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (entries[middle].Position.CompareTo(after) <= 0)
                low = middle + 1;
            else
                high = middle;
        }
        return low;
    }

    private async Task<Snapshot> SnapshotAsync(CancellationToken ct)
    {
        if (current is { } fresh && IsFresh(fresh))
            return fresh;
        await building.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (current is { } built && IsFresh(built))
                return built;
            var startedAt = Interlocked.Read(ref version);
            var snapshot = new Snapshot(await BuildAsync(ct).ConfigureAwait(false), startedAt, clock.GetUtcNow());
            current = snapshot;
            return snapshot;
        }
        finally
        {
            building.Release();
        }
    }

    private bool IsFresh(Snapshot snapshot) =>
        snapshot.Version == Interlocked.Read(ref version) && clock.GetUtcNow() - snapshot.BuiltAt < options.MaxAge;

    private async Task<FeedEntry[]> BuildAsync(CancellationToken ct)
    {
        var types = new Dictionary<string, ContentType>(StringComparer.Ordinal);
        var entries = new List<FeedEntry>();
        await foreach (var title in catalog.ListAllAsync(ct).ConfigureAwait(false))
        {
            types[title.Id] = title.Type;
            foreach (var availability in title.Availability)
            {
                if (availability.DateAdded is { } added)
                    entries.Add(new FeedEntry(new DateTimeOffset(added.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), title.Id, availability.Platform, FeedChangeKind.Added, title.Type, null, CatalogSource));
            }
        }
        await foreach (var change in changes.ListSinceAsync(DateTimeOffset.MinValue, ct).ConfigureAwait(false))
        {
            // Price changes are not arrivals or departures; a change of a title gone from the catalog has nothing to show.
            if (change.Kind == AvailabilityChangeKind.PriceChanged || !types.TryGetValue(change.TitleId, out var type))
                continue;
            var kind = change.Kind == AvailabilityChangeKind.Added ? FeedChangeKind.Added : FeedChangeKind.Removed;
            entries.Add(new FeedEntry(change.OccurredAt, change.TitleId, change.Platform, kind, type, null, change.Source.ToName()));
        }
        return entries.DistinctBy(e => e.Position).OrderBy(e => e.Position).ToArray();
    }

    private sealed record Snapshot(FeedEntry[] Entries, long Version, DateTimeOffset BuiltAt);
}
