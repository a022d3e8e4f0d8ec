using System.Globalization;
using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Catalog.Sync;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Embedded.Search;

/// <summary>
/// Builds the search indexes from the catalog store and holds the current <see cref="SearchIndexSnapshot"/>,
/// swapped atomically after each rebuild (requests in flight keep the snapshot they started with). Rebuilds after
/// catalog changes, debounced so a sync's burst of changes causes one rebuild.
/// </summary>
/// <param name="buildVectors">
/// The vector seam: given the new title table, returns a vector index aligned with its ordinals (re-embedding only
/// what changed), or null for lexical-only retrieval.
/// </param>
/// <param name="lexicalEngine">Who evaluates BM25: in memory (default) or SQLite FTS5.</param>
public sealed class SearchIndexes(
    ICatalogStore store,
    string dataDirectory,
    Func<TitleTable, CancellationToken, Task<InMemoryVectorIndex?>>? buildVectors = null,
    TimeSpan? debounce = null,
    TimeProvider? clock = null,
    LexicalEngine lexicalEngine = LexicalEngine.Memory) : ISearchIndexSource, IContentChangeConsumer, IDisposable
{
    public static readonly TimeSpan DefaultDebounce = TimeSpan.FromSeconds(2);

    private readonly Lock gate = new();
    private readonly SemaphoreSlim building = new(1, 1);
    private readonly CancellationTokenSource disposal = new();
    private readonly TimeSpan debounce = debounce ?? DefaultDebounce;
    private readonly TimeProvider clock = clock ?? TimeProvider.System;
    private SearchIndexSnapshot current = SearchIndexSnapshot.Empty;
    private Task? pendingRebuild;
    private bool changedSinceRebuild;
    private int disposed;

    public SearchIndexSnapshot Current => Volatile.Read(ref current);

    /// <summary>Why the last rebuild failed (the previous snapshot stayed in use), or null.</summary>
    public Exception? LastRebuildError { get; private set; }

    /// <summary>How long the parts of the last rebuild took, or null before the first.</summary>
    public SearchIndexBuildTimes? LastBuildTimes { get; private set; }

    private static Task<(T Value, TimeSpan Elapsed)> Timed<T>(Func<T> build, CancellationToken ct) => Task.Run(() =>
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var value = build();
        return (value, clock.Elapsed);
    }, ct);

    /// <summary>Completes when no debounced rebuild is pending or running.</summary>
    public Task Idle
    {
        get
        {
            lock (gate)
                return pendingRebuild ?? Task.CompletedTask;
        }
    }

    /// <summary>Loads every title from the store, builds (or reuses) the indexes and makes them current.</summary>
    public async Task<SearchIndexSnapshot> RebuildAsync(CancellationToken ct = default)
    {
        await building.WaitAsync(ct);
        try
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var titles = await LoadAsync(ct);
            var loaded = clock.Elapsed;
            var lexical = Timed(() => lexicalEngine == LexicalEngine.Fts5
                ? SqliteLexicalIndex.OpenOrBuild(dataDirectory, titles)
                : (ILexicalIndex)InMemoryLexicalIndex.OpenOrBuild(dataDirectory, titles), ct);
            var fuzzy = Timed(() => new FuzzyTitleMatcher(titles), ct);
            var vectorClock = System.Diagnostics.Stopwatch.StartNew();
            var vectors = buildVectors is null ? Task.FromResult<InMemoryVectorIndex?>(null) : buildVectors(titles, ct);
            var vectorIndex = await vectors;
            var vectorTime = vectorClock.Elapsed;
            var snapshot = new SearchIndexSnapshot(titles, (await lexical).Value, (await fuzzy).Value, vectorIndex);
            LastBuildTimes = new SearchIndexBuildTimes(loaded, (await lexical).Elapsed, (await fuzzy).Elapsed, vectorTime, clock.Elapsed);
            var previous = Interlocked.Exchange(ref current, snapshot);
            // Searches still holding the previous snapshot finish; its idle connections close now.
            previous.Lexical?.Dispose();
            return snapshot;
        }
        finally
        {
            building.Release();
        }
    }

    /// <summary>Schedules a rebuild once changes stop arriving for the debounce interval.</summary>
    public Task HandleAsync(IReadOnlyList<ContentChange> changes, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
            return Task.CompletedTask;
        lock (gate)
        {
            changedSinceRebuild = true;
            pendingRebuild ??= Task.Run(RebuildWhileChangedAsync, CancellationToken.None);
        }
        return Task.CompletedTask;
    }

    private async Task RebuildWhileChangedAsync()
    {
        while (!disposal.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(debounce, clock, disposal.Token);
                lock (gate)
                    changedSinceRebuild = false;
                await RebuildAsync(disposal.Token);
                LastRebuildError = null;
            }
            catch (OperationCanceledException) when (disposal.IsCancellationRequested)
            {
                break;
            }
#pragma warning disable CA1031 // A failed rebuild must not end the loop: the previous snapshot keeps serving.
            catch (Exception e)
#pragma warning restore CA1031
            {
                LastRebuildError = e;
            }
            lock (gate)
            {
                // Checked and cleared under one lock: a change arriving now either sees no pending rebuild and
                // starts one, or is seen here.
                if (!changedSinceRebuild)
                {
                    pendingRebuild = null;
                    return;
                }
            }
        }
        lock (gate)
            pendingRebuild = null;
    }

    private async Task<TitleTable> LoadAsync(CancellationToken ct)
    {
        var version = long.TryParse(await store.GetMetadataAsync(CatalogSync.CatalogVersionKey, ct), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0;
        var titles = new List<Title>();
        await foreach (var title in store.ListAllAsync(ct))
            titles.Add(title);
        return TitleTable.Build(titles, version);
    }

    // Idempotent: the container disposes this once per registration that resolves it.
    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
            return;
        disposal.Cancel();
        Current.Lexical?.Dispose();
        disposal.Dispose();
        building.Dispose();
    }
}
