using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Text.Json;
using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Ports;
using Microsoft.Data.Sqlite;

namespace MediaDiscovery.Embedded.Catalog;

/// <summary>
/// The catalog in one SQLite file (WAL). Every operation takes its own pooled connection, so readers run in
/// parallel with each other and with the single writer; writes are serialised in process by a gate (and
/// across processes by SQLite's lock with a busy timeout).
/// </summary>
public sealed class SqliteCatalogStore : ICatalogStore, IDisposable
{
    private const int BusyTimeoutMilliseconds = 5_000;
    private const int WriteCacheKibibytes = 64 * 1024;
    private const string TitleColumns = "t.id, t.version, t.doc";
    private const int ListBatchSize = 1024;
    private const int ParallelDeserializeMin = 64;

    private readonly string _connectionString;
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    // Counts are asked for on every faceted request and change only on writes: computed once per write
    // generation. Writes by another process to the same file are not seen by the cache (one process per file).
    private long _writeGeneration;
    private CachedCounts? _cachedCounts;

    private SqliteCatalogStore(string connectionString)
    {
        _connectionString = connectionString;
        Location = new SqliteConnectionStringBuilder(connectionString).DataSource;
    }

    /// <summary>Where the database lives, for logs.</summary>
    public string Location { get; }

    /// <summary>Opens (creating if missing) the catalog database at <paramref name="databasePath"/>.</summary>
    public static Task<SqliteCatalogStore> OpenAsync(string databasePath, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = Path.GetFullPath(databasePath),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = BusyTimeoutMilliseconds / 1000,
        };
        return OpenWithConnectionStringAsync(builder.ConnectionString, ct);
    }

    /// <summary>Opens the catalog with a full connection string (a file database; WAL needs a file).</summary>
    public static async Task<SqliteCatalogStore> OpenWithConnectionStringAsync(string connectionString, CancellationToken ct = default)
    {
        var store = new SqliteCatalogStore(connectionString);
        try
        {
            await store.PrepareDatabaseAsync(ct);
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    private async Task PrepareDatabaseAsync(CancellationToken ct)
    {
        var directory = Path.GetDirectoryName(Location);
        if (!string.IsNullOrEmpty(directory))
            Directory.CreateDirectory(directory);
        await using var connection = await OpenConnectionAsync(ct);
        await using (var wal = connection.CreateCommand())
        {
            // Persistent in the file: set once, here.
            wal.CommandText = "PRAGMA journal_mode = WAL";
            await wal.ExecuteNonQueryAsync(ct);
        }
        await CatalogSchema.EnsureAsync(connection, Location, ct);
    }

    public async Task<Title?> GetAsync(string id, CancellationToken ct = default)
    {
        await using var connection = await OpenConnectionAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT {TitleColumns} FROM titles t WHERE t.id = $id";
        cmd.Parameters.AddWithValue("$id", id);
        return await ReadSingleAsync(cmd, ct);
    }

    public async Task<Title?> FindByExternalIdAsync(string externalId, CancellationToken ct = default)
    {
        await using var connection = await OpenConnectionAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT {TitleColumns} FROM external_ids e JOIN titles t ON t.id = e.title_id WHERE e.external_id = $external_id";
        cmd.Parameters.AddWithValue("$external_id", externalId);
        return await ReadSingleAsync(cmd, ct);
    }

    public async Task<IReadOnlyList<Title>> ListByPlatformAsync(string platform, CancellationToken ct = default)
    {
        await using var connection = await OpenConnectionAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT {TitleColumns} FROM titles t WHERE t.id IN (SELECT title_id FROM external_ids WHERE platform = $platform) ORDER BY t.id";
        cmd.Parameters.AddWithValue("$platform", platform);
        var titles = new List<Title>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            titles.Add(ReadTitle(reader));
        return titles;
    }

    public async IAsyncEnumerable<Title> ListAllAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var connection = await OpenConnectionAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT {TitleColumns} FROM titles t ORDER BY t.id";
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        // Deserializing the documents is most of the cost of a full read (~90% for the 22k-title catalog, which
        // every warm start reads to build the search indexes): rows are read in batches and each batch's documents
        // deserialized in parallel, in order.
        var batch = new List<(string Id, long Version, byte[] Doc)>(ListBatchSize);
        var titles = new Title[ListBatchSize];
        while (true)
        {
            batch.Clear();
            while (batch.Count < ListBatchSize && await reader.ReadAsync(ct))
                batch.Add((reader.GetString(0), reader.GetInt64(1), reader.GetFieldValue<byte[]>(2)));
            if (batch.Count == 0)
                yield break;
            if (batch.Count < ParallelDeserializeMin)
            {
                for (var i = 0; i < batch.Count; i++)
                    titles[i] = ReadTitle(batch[i].Id, batch[i].Version, batch[i].Doc);
            }
            else
            {
                Parallel.For(0, batch.Count, new ParallelOptions { CancellationToken = ct }, i => titles[i] = ReadTitle(batch[i].Id, batch[i].Version, batch[i].Doc));
            }
            for (var i = 0; i < batch.Count; i++)
                yield return titles[i];
        }
    }

    public async Task<IReadOnlyList<WriteOutcome>> PutAsync(IReadOnlyList<TitleWrite> writes, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(writes);
        if (writes.Count == 0)
            return [];
        await _writeGate.WaitAsync(ct);
        try
        {
            await using var connection = await OpenConnectionAsync(ct);
            await EnlargePageCacheAsync(connection, ct);
            // BEGIN IMMEDIATE: take the write lock up front rather than failing to upgrade a read lock later.
            await using var tx = connection.BeginTransaction(deferred: false);
            var outcomes = new WriteOutcome[writes.Count];
            await using (var commands = new TitleWriteCommands(connection, tx))
            {
                // In id order (stable, so writes to one id keep their order): neighbouring B-tree pages, fewer page writes.
                foreach (var i in Enumerable.Range(0, writes.Count).OrderBy(i => writes[i].Title.Id, StringComparer.Ordinal))
                    outcomes[i] = await commands.ApplyAsync(writes[i], ct);
            }
            await tx.CommitAsync(ct);
            Interlocked.Increment(ref _writeGeneration);
            return outcomes;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public async Task<CatalogCounts> GetCountsAsync(CancellationToken ct = default)
    {
        var generation = Interlocked.Read(ref _writeGeneration);
        var cached = Volatile.Read(ref _cachedCounts);
        if (cached is not null && cached.Generation == generation)
            return cached.Counts;
        // Tagged with the generation read before querying, so counts that raced a write are never served after it.
        var counts = await QueryCountsAsync(ct);
        Volatile.Write(ref _cachedCounts, new CachedCounts(generation, counts));
        return counts;
    }

    public async Task<string?> GetMetadataAsync(string key, CancellationToken ct = default)
    {
        await using var connection = await OpenConnectionAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT value FROM catalog_metadata WHERE key = $key";
        cmd.Parameters.AddWithValue("$key", key);
        return await cmd.ExecuteScalarAsync(ct) as string;
    }

    public async Task SetMetadataAsync(string key, string value, CancellationToken ct = default)
    {
        await _writeGate.WaitAsync(ct);
        try
        {
            await using var connection = await OpenConnectionAsync(ct);
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = "INSERT INTO catalog_metadata (key, value) VALUES ($key, $value) ON CONFLICT (key) DO UPDATE SET value = excluded.value";
            cmd.Parameters.AddWithValue("$key", key);
            cmd.Parameters.AddWithValue("$value", value);
            await cmd.ExecuteNonQueryAsync(ct);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>Releases the pooled connections, so the database files can be moved or deleted.</summary>
    public void Dispose()
    {
        using (var connection = new SqliteConnection(_connectionString))
            SqliteConnection.ClearPool(connection);
        _writeGate.Dispose();
    }

    private async Task<SqliteConnection> OpenConnectionAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(ct);
            await using var cmd = connection.CreateCommand();
            // Per-connection settings (a pooled connection may be new): NORMAL is durable enough under WAL.
            cmd.CommandText = $"PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = {BusyTimeoutMilliseconds};";
            await cmd.ExecuteNonQueryAsync(ct);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task<CatalogCounts> QueryCountsAsync(CancellationToken ct)
    {
        await using var connection = await OpenConnectionAsync(ct);
        // One read transaction: the three counts come from the same snapshot even while a batch commits.
        await using var snapshot = connection.BeginTransaction(deferred: true);
        var titles = await CountAvailableTitlesAsync(snapshot, ct);
        var byGenre = await CountGroupsAsync(snapshot,
            "SELECT genre, COUNT(*) FROM title_genres WHERE available = 1 GROUP BY genre", ct);
        // COUNT(*), not COUNT(DISTINCT title_id) (4x slower): a title has at most one availability per platform.
        var byPlatform = await CountGroupsAsync(snapshot,
            "SELECT platform, COUNT(*) FROM external_ids WHERE available = 1 GROUP BY platform", ct);
        return new CatalogCounts(titles, byGenre, byPlatform);
    }

    /// <summary>
    /// A batch rewrites pages all over the B-trees (ids are hashes); with the default 2 MB cache SQLite spills
    /// dirty pages to the WAL mid-transaction, which doubled the time of a 23k-title batch.
    /// </summary>
    private static async Task EnlargePageCacheAsync(SqliteConnection connection, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = $"PRAGMA cache_size = -{WriteCacheKibibytes}";
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static async Task<Title?> ReadSingleAsync(SqliteCommand cmd, CancellationToken ct)
    {
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? ReadTitle(reader) : null;
    }

    // The TEXT column's UTF-8 bytes, straight into the source-generated deserializer.
    private static Title ReadTitle(SqliteDataReader reader) => ReadTitle(reader.GetString(0), reader.GetInt64(1), reader.GetFieldValue<byte[]>(2));

    private static Title ReadTitle(string id, long version, byte[] doc)
    {
        var title = JsonSerializer.Deserialize(doc, CatalogJsonContext.Default.Title)
            ?? throw new InvalidDataException($"Title {id} has an empty document.");
        return title.Version == version ? title : title with { Version = version };
    }

    private static async Task<int> CountAvailableTitlesAsync(SqliteTransaction snapshot, CancellationToken ct)
    {
        await using var cmd = snapshot.Connection!.CreateCommand();
        cmd.Transaction = snapshot;
        cmd.CommandText = "SELECT COUNT(*) FROM titles WHERE available = 1";
        return Convert.ToInt32(await cmd.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<IReadOnlyDictionary<string, int>> CountGroupsAsync(SqliteTransaction snapshot, string sql, CancellationToken ct)
    {
        await using var cmd = snapshot.Connection!.CreateCommand();
        cmd.Transaction = snapshot;
        cmd.CommandText = sql;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            counts[reader.GetString(0)] = reader.GetInt32(1);
        // Frozen: the cached instance is shared by every caller.
        return counts.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
