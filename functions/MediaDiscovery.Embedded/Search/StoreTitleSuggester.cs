using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Embedded.Search;

/// <summary>
/// Title completion for deployments whose search index lives elsewhere (OpenSearch): a <see cref="FuzzyTitleMatcher"/>
/// over every title in the catalog store, kept in memory. It is built on first use (or by <see cref="LoadAsync"/> at
/// startup), rebuilt in the background after a title is added or renamed in this process, and after
/// <see cref="MaxAge"/>, because changes made by other functions reach this one only through the store.
/// </summary>
public sealed class StoreTitleSuggester(ICatalogStore store, TimeProvider? clock = null, TimeSpan? maxAge = null)
    : ITitleSuggester, IContentChangeConsumer
{
    public static readonly TimeSpan DefaultMaxAge = TimeSpan.FromMinutes(15);

    private readonly TimeProvider clock = clock ?? TimeProvider.System;
    private readonly Lock gate = new();
    private Task<FuzzyTitleMatcher>? loaded;
    private Task<FuzzyTitleMatcher>? refreshing;
    private DateTimeOffset loadedAt;

    public TimeSpan MaxAge { get; } = maxAge ?? DefaultMaxAge;

    /// <summary>Loads the titles now (a warm-up); later calls return the same load.</summary>
    public Task LoadAsync() => Current();

    public IReadOnlyList<TitleSuggestion> Suggest(string prefix, int limit)
    {
        var load = Current();
        if (clock.GetUtcNow() - loadedAt > MaxAge && load.IsCompletedSuccessfully)
            Refresh();
        // Only the first call of an instance waits for the store; later ones use the matcher in memory.
        return load.GetAwaiter().GetResult().Suggest(prefix, limit);
    }

    /// <summary>Names change only when titles are added or updated; availability changes leave the matcher as is.</summary>
    public Task HandleAsync(IReadOnlyList<ContentChange> changes, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Any(c => c.Kind is ContentChangeKind.TitleAdded or ContentChangeKind.TitleUpdated))
            Refresh();
        return Task.CompletedTask;
    }

    /// <summary>Completes when no background rebuild is running (tests wait on it).</summary>
    public Task Idle
    {
        get
        {
            lock (gate)
                return refreshing ?? Task.CompletedTask;
        }
    }

    private Task<FuzzyTitleMatcher> Current()
    {
        lock (gate)
        {
            // A failed first load is retried by the next call rather than remembered.
            if (loaded is null || loaded.IsFaulted || loaded.IsCanceled)
                loaded = BuildAsync();
            return loaded;
        }
    }

    private void Refresh()
    {
        lock (gate)
        {
            if (refreshing is not null)
                return;
            refreshing = Task.Run(async () =>
            {
                try
                {
                    var matcher = await BuildAsync();
                    lock (gate)
                        loaded = Task.FromResult(matcher);
                    return matcher;
                }
                finally
                {
                    lock (gate)
                        refreshing = null;
                }
            });
        }
    }

    private async Task<FuzzyTitleMatcher> BuildAsync()
    {
        var started = clock.GetUtcNow();
        var titles = new List<Title>();
        await foreach (var title in store.ListAllAsync())
            titles.Add(title);
        var matcher = new FuzzyTitleMatcher(TitleTable.Build(titles, 0));
        loadedAt = started;
        return matcher;
    }
}
