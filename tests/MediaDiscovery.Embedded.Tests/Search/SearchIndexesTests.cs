using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Catalog.Sync;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Search;
using MediaDiscovery.Embedded.Search;
using MediaDiscovery.Testing;

namespace MediaDiscovery.Embedded.Tests.Search;

public sealed class SearchIndexesTests : IDisposable
{
    private readonly TempDirectory directory = new();
    private readonly InMemoryCatalogStore store = new();

    public void Dispose() => directory.Dispose();

    private async Task SeedAsync(IEnumerable<Title> titles, long version)
    {
        await store.PutAsync(titles.Select(t => new TitleWrite(t, 0)).ToList());
        await store.SetMetadataAsync(CatalogSync.CatalogVersionKey, version.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Before_the_first_build_the_snapshot_is_empty_and_retrieval_finds_nothing()
    {
        using var indexes = new SearchIndexes(store, directory.Path, lexicalEngine: LexicalEngine.Fts5);

        var result = await new EmbeddedRetriever(indexes).RetrieveAsync(new RetrievalQuery("squid", SearchFilters.None, 5));

        Assert.Equal(0, indexes.Current.Titles.Count);
        Assert.Empty(result.Ranked);
    }

    [Fact]
    public async Task Rebuild_loads_the_store_with_its_catalog_version()
    {
        await SeedAsync(SearchCatalog.Titles, 42);
        using var indexes = new SearchIndexes(store, directory.Path, lexicalEngine: LexicalEngine.Fts5);

        var snapshot = await indexes.RebuildAsync();

        Assert.Equal(42, snapshot.Titles.CatalogVersion);
        Assert.Equal(SearchCatalog.Titles.Count, snapshot.Titles.Count);
        Assert.Same(snapshot, indexes.Current);
        Assert.True(((SqliteLexicalIndex)snapshot.Lexical!).WasBuilt);
        var result = await new EmbeddedRetriever(indexes).RetrieveAsync(new RetrievalQuery("squid gaem", SearchFilters.None, 5));
        Assert.Equal("Squid Game", snapshot.Titles.Find(result.Ranked[0].TitleId)!.Name);
    }

    [Fact]
    public async Task A_warm_start_with_an_unchanged_catalog_reuses_lexical_db()
    {
        await SeedAsync(SearchCatalog.Titles, 3);
        using (var cold = new SearchIndexes(store, directory.Path, lexicalEngine: LexicalEngine.Fts5))
            await cold.RebuildAsync();
        using var warm = new SearchIndexes(store, directory.Path, lexicalEngine: LexicalEngine.Fts5);

        var snapshot = await warm.RebuildAsync();

        Assert.False(((SqliteLexicalIndex)snapshot.Lexical!).WasBuilt);
    }

    [Fact]
    public async Task The_vector_seam_receives_the_new_table_and_its_index_is_used()
    {
        await SeedAsync(SearchCatalog.Titles, 1);
        TitleTable? seen = null;
        using var indexes = new SearchIndexes(store, directory.Path, (titles, _) =>
        {
            seen = titles;
            return Task.FromResult<InMemoryVectorIndex?>(new InMemoryVectorIndex(titles.Count, 4, "test"));
        });

        var snapshot = await indexes.RebuildAsync();

        Assert.Same(snapshot.Titles, seen);
        Assert.NotNull(snapshot.Vectors);
    }

    [Fact]
    public async Task Catalog_changes_rebuild_once_after_the_debounce()
    {
        await SeedAsync(SearchCatalog.Titles.Take(3), 1);
        using var indexes = new SearchIndexes(store, directory.Path, debounce: TimeSpan.FromMilliseconds(50));
        await indexes.RebuildAsync();
        var added = SearchCatalog.Titles[5];
        await store.PutAsync([new TitleWrite(added, 0)]);
        await store.SetMetadataAsync(CatalogSync.CatalogVersionKey, "2");

        var change = new ContentChange(added.Id, ContentChangeKind.TitleAdded, null, DateTimeOffset.UtcNow, "test");
        await indexes.HandleAsync([change]);
        await indexes.HandleAsync([change]);
        await indexes.Idle;

        Assert.Equal(2, indexes.Current.Titles.CatalogVersion);
        Assert.NotNull(indexes.Current.Titles.Find(added.Id));
        Assert.Null(indexes.LastRebuildError);
    }

    [Fact]
    public async Task A_failed_rebuild_keeps_the_previous_snapshot()
    {
        await SeedAsync(SearchCatalog.Titles, 1);
        var failing = false;
        using var indexes = new SearchIndexes(store, directory.Path, (titles, _) =>
            failing ? throw new InvalidOperationException("embedder down") : Task.FromResult<InMemoryVectorIndex?>(null),
            debounce: TimeSpan.FromMilliseconds(10));
        var before = await indexes.RebuildAsync();
        failing = true;

        await indexes.HandleAsync([new ContentChange(SearchCatalog.Titles[0].Id, ContentChangeKind.TitleUpdated, null, DateTimeOffset.UtcNow, "test")]);
        await indexes.Idle;

        Assert.Same(before, indexes.Current);
        Assert.IsType<InvalidOperationException>(indexes.LastRebuildError);
    }
}
