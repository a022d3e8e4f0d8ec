using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Embedded.Search;
using Microsoft.Extensions.Logging;

namespace MediaDiscovery.Hosting.ContentChanges;

/// <summary>
/// Drops every cached search response when availability changes: a cached "on Netflix" must not outlive the title
/// leaving Netflix. Cache keys carry the catalog version, which only catalog syncs bump, so availability changes
/// need this. With the embedded indexes, search reads availability from the index snapshot, rebuilt a moment after
/// the change (debounced): the cache is invalidated now and again once that rebuild is done, so that a search
/// answered from the old snapshot in between is not cached past it.
/// </summary>
public sealed partial class QueryCacheInvalidation(IQueryCache cache, SearchIndexes? indexes, ILogger<QueryCacheInvalidation> logger)
    : IContentChangeConsumer
{
    private readonly Lock gate = new();
    private Task? afterRebuild;

    /// <summary>Completes when the follow-up invalidation after an index rebuild has run (tests wait on it).</summary>
    public Task Idle
    {
        get
        {
            lock (gate)
                return afterRebuild ?? Task.CompletedTask;
        }
    }

    public async Task HandleAsync(IReadOnlyList<ContentChange> changes, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (!changes.Any(IsAvailabilityChange))
            return;
        await cache.InvalidateAllAsync(ct);
        if (indexes is null)
            return;
        lock (gate)
            afterRebuild ??= Task.Run(InvalidateAfterRebuildAsync, CancellationToken.None);
    }

    public static bool IsAvailabilityChange(ContentChange change) => change.Kind is
        ContentChangeKind.AvailabilityAdded or ContentChangeKind.AvailabilityRemoved or ContentChangeKind.AvailabilityPriceChanged;

    private async Task InvalidateAfterRebuildAsync()
    {
        try
        {
            // Changes arriving meanwhile extend the rebuild: Idle covers them too.
            await indexes!.Idle;
            lock (gate)
                afterRebuild = null;
            await cache.InvalidateAllAsync(CancellationToken.None);
        }
#pragma warning disable CA1031 // A background step: failing must be logged, never crash the host.
        catch (Exception e)
#pragma warning restore CA1031
        {
            lock (gate)
                afterRebuild = null;
            LogFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Invalidating the query cache after the index rebuild failed")]
    private static partial void LogFailed(ILogger logger, Exception e);
}
