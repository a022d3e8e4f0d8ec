using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Embedded.Catalog;
using MediaDiscovery.Testing;
using Microsoft.Data.Sqlite;

namespace MediaDiscovery.Embedded.Tests.Catalog;

/// <summary>What the SQLite file adds to the store contract: persistence, schema versioning, concurrency.</summary>
public sealed class SqliteCatalogStoreTests : IDisposable
{
    private static readonly Title Cheers = SampleTitles.Series("Cheers", 1982, ("hulu", "s10"), ("netflix", "s20"));

    private readonly TempDirectory _directory = new();
    private readonly string _path;

    public SqliteCatalogStoreTests() => _path = _directory.File("catalog.db");

    [Fact]
    public async Task Reopening_the_file_keeps_titles_and_metadata()
    {
        using (var first = await SqliteCatalogStore.OpenAsync(_path))
        {
            await first.PutAsync([new TitleWrite(Cheers, 0)]);
            await first.SetMetadataAsync("catalog-fingerprint", "abc");
        }

        using var reopened = await SqliteCatalogStore.OpenAsync(_path);
        Assert.Equal(1, (await reopened.GetAsync(Cheers.Id))?.Version);
        Assert.Equal(Cheers.Id, (await reopened.FindByExternalIdAsync("netflix:s20"))?.Id);
        Assert.Equal("abc", await reopened.GetMetadataAsync("catalog-fingerprint"));
        Assert.Equal(1, (await reopened.GetCountsAsync()).Titles);
    }

    [Fact]
    public async Task Opening_an_existing_database_again_is_harmless()
    {
        using var first = await SqliteCatalogStore.OpenAsync(_path);
        await first.PutAsync([new TitleWrite(Cheers, 0)]);
        using var second = await SqliteCatalogStore.OpenAsync(_path);
        using var third = await SqliteCatalogStore.OpenAsync(_path);

        Assert.NotNull(await third.GetAsync(Cheers.Id));
        Assert.Equal(CatalogSchema.CurrentVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), await ReadSchemaVersionAsync());
    }

    [Fact]
    public async Task Creates_the_database_file_and_its_directory_in_wal_mode()
    {
        var nested = Path.Combine(_directory.Path, "data", "nested", "catalog.db");
        using var store = await SqliteCatalogStore.OpenAsync(nested);
        Assert.True(File.Exists(nested));
        await using var connection = new SqliteConnection($"Data Source={nested};Pooling=False");
        await connection.OpenAsync();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", await cmd.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_database_from_a_newer_schema_is_refused()
    {
        using (await SqliteCatalogStore.OpenAsync(_path))
        {
        }
        await ExecuteRawAsync("UPDATE meta SET value = '99' WHERE key = 'schema_version'");

        var refused = await Assert.ThrowsAsync<UnsupportedCatalogSchemaException>(() => SqliteCatalogStore.OpenAsync(_path));
        Assert.Equal(99, refused.FoundVersion);
        Assert.Contains("schema version 99", refused.Message, StringComparison.Ordinal);
        Assert.Contains(_path, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_minimal_title_round_trips_with_its_defaults()
    {
        using var store = await SqliteCatalogStore.OpenAsync(_path);
        var minimal = new Title { Id = TitleIds.For("Bare", ContentType.Movie, null), Name = "Bare", Type = ContentType.Movie };
        await store.PutAsync([new TitleWrite(minimal, 0)]);

        var read = await store.GetAsync(minimal.Id);
        Assert.NotNull(read);
        Assert.Null(read.ReleaseYear);
        Assert.Empty(read.Genres);
        Assert.Empty(read.Availability);
        Assert.Equal(TitleScores.None, read.Scores);
        Assert.Equal(minimal with { Version = 1 }, read with { Genres = [], Countries = [], Cast = [], Directors = [], Availability = [] });
        Assert.Equal(0, (await store.GetCountsAsync()).Titles);
    }

    [Fact]
    public async Task Concurrent_readers_and_writers_all_succeed()
    {
        using var store = await SqliteCatalogStore.OpenAsync(_path);
        var titles = Enumerable.Range(0, 40)
            .Select(i => SampleTitles.Movie($"Parallel {i}", 2000, ("netflix", $"p{i}")))
            .ToList();

        var writers = titles.Chunk(4).Select(chunk => Task.Run(() => store.PutAsync(chunk.Select(t => new TitleWrite(t, 0)).ToList())));
        var readers = Enumerable.Range(0, 40).Select(_ => Task.Run(async () =>
        {
            await store.GetCountsAsync();
            return await store.ListByPlatformAsync("netflix");
        }));
        await Task.WhenAll([.. writers, .. readers]);

        Assert.Equal(40, (await store.ListByPlatformAsync("netflix")).Count);
        Assert.Equal(40, (await store.GetCountsAsync()).ByPlatform["netflix"]);
    }

    [Fact]
    public async Task A_cancelled_batch_writes_nothing()
    {
        using var store = await SqliteCatalogStore.OpenAsync(_path);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.PutAsync([new TitleWrite(Cheers, 0)], cancelled.Token));
        Assert.Null(await store.GetAsync(Cheers.Id));
    }

    [Fact]
    public async Task Listing_a_large_catalog_returns_every_title_once_in_id_order_with_its_version()
    {
        // Large enough for several batches deserialized in parallel, and a short last one.
        using var store = await SqliteCatalogStore.OpenAsync(_path);
        var titles = Enumerable.Range(0, 2_500).Select(i => SampleTitles.Movie($"Film {i}", 1950 + i % 70, ("netflix", $"s{i}"))).ToList();
        await store.PutAsync(titles.Select(t => new TitleWrite(t, 0)).ToList());
        await store.PutAsync([new TitleWrite(titles[1_234] with { Description = "changed" }, 1)]);

        var listed = new List<Title>();
        await foreach (var title in store.ListAllAsync())
            listed.Add(title);

        Assert.Equal(titles.Select(t => t.Id).Order(StringComparer.Ordinal), listed.Select(t => t.Id));
        Assert.Equal(titles.Select(t => t.Name).Order(StringComparer.Ordinal), listed.Select(t => t.Name).Order(StringComparer.Ordinal));
        var changed = Assert.Single(listed, t => t.Id == titles[1_234].Id);
        Assert.Equal(("changed", 2L), (changed.Description, changed.Version));
        Assert.All(listed.Where(t => t.Id != changed.Id), t => Assert.Equal(1, t.Version));
    }

    [Fact]
    public async Task Listing_stops_when_cancelled()
    {
        using var store = await SqliteCatalogStore.OpenAsync(_path);
        await store.PutAsync(Enumerable.Range(0, 1_500).Select(i => new TitleWrite(SampleTitles.Movie($"Film {i}", 2000, ("netflix", $"s{i}")), 0)).ToList());
        using var cancellation = new CancellationTokenSource();
        var seen = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in store.ListAllAsync(cancellation.Token))
            {
                if (++seen == 10)
                    await cancellation.CancelAsync();
            }
        });
        Assert.InRange(seen, 10, 1_024);
    }

    public void Dispose() => _directory.Dispose();

    private async Task<string?> ReadSchemaVersionAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={_path};Pooling=False");
        await connection.OpenAsync();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT value FROM meta WHERE key = 'schema_version'";
        return await cmd.ExecuteScalarAsync() as string;
    }

    private async Task ExecuteRawAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_path};Pooling=False");
        await connection.OpenAsync();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync();
    }
}
