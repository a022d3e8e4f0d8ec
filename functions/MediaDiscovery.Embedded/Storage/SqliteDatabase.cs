using System.Globalization;
using Microsoft.Data.Sqlite;

namespace MediaDiscovery.Embedded.Storage;

/// <summary>
/// One SQLite file (WAL) with a versioned schema, shared by the stores that own a file of their own. Every
/// operation takes its own pooled connection, so readers run in parallel with each other and with the writer;
/// writes are serialised in process by <see cref="WriteGate"/> (and across processes by SQLite's lock with a busy
/// timeout). Conventions as in the catalog's <c>SqliteCatalogStore</c>.
/// </summary>
internal sealed class SqliteDatabase : IDisposable
{
    private const int BusyTimeoutMilliseconds = 5_000;
    private const string VersionKey = "schema_version";

    private readonly string connectionString;

    private SqliteDatabase(string connectionString)
    {
        this.connectionString = connectionString;
        Location = new SqliteConnectionStringBuilder(connectionString).DataSource;
    }

    public string Location { get; }

    /// <summary>Taken by every write, so writers queue here instead of spinning on SQLite's busy timeout.</summary>
    public SemaphoreSlim WriteGate { get; } = new(1, 1);

    /// <summary>Opens (creating if missing) the database at <paramref name="path"/> and brings its tables to <paramref name="schema"/>.</summary>
    public static async Task<SqliteDatabase> OpenAsync(string path, SqliteSchema schema, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = Path.GetFullPath(path),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = BusyTimeoutMilliseconds / 1000,
        };
        var database = new SqliteDatabase(builder.ConnectionString);
        try
        {
            await database.PrepareAsync(schema, ct);
            return database;
        }
        catch
        {
            database.Dispose();
            throw;
        }
    }

    public async Task<SqliteConnection> OpenConnectionAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(connectionString);
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

    /// <summary>Releases the pooled connections, so the file can be moved or deleted.</summary>
    public void Dispose()
    {
        using (var connection = new SqliteConnection(connectionString))
            SqliteConnection.ClearPool(connection);
        WriteGate.Dispose();
    }

    private async Task PrepareAsync(SqliteSchema schema, CancellationToken ct)
    {
        var directory = Path.GetDirectoryName(Location);
        if (!string.IsNullOrEmpty(directory))
            Directory.CreateDirectory(directory);
        await using var connection = await OpenConnectionAsync(ct);
        await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL", ct); // persistent in the file: set once, here
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        await ExecuteAsync(connection, tx, "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;", ct);
        var found = await ReadVersionAsync(connection, tx, ct);
        if (found > schema.Version)
            throw new UnsupportedDatabaseSchemaException(Location, found, schema.Version);
        if (found < schema.Version)
        {
            await ExecuteAsync(connection, tx, schema.CreateTables, ct);
            await WriteVersionAsync(connection, tx, schema.Version, ct);
        }
        await tx.CommitAsync(ct);
    }

    private static async Task<int> ReadVersionAsync(SqliteConnection connection, SqliteTransaction tx, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT value FROM meta WHERE key = $key";
        cmd.Parameters.AddWithValue("$key", VersionKey);
        return await cmd.ExecuteScalarAsync(ct) is string text && int.TryParse(text, CultureInfo.InvariantCulture, out var version)
            ? version
            : 0;
    }

    private static async Task WriteVersionAsync(SqliteConnection connection, SqliteTransaction tx, int version, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "INSERT INTO meta (key, value) VALUES ($key, $value) ON CONFLICT (key) DO UPDATE SET value = excluded.value";
        cmd.Parameters.AddWithValue("$key", VersionKey);
        cmd.Parameters.AddWithValue("$value", version.ToString(CultureInfo.InvariantCulture));
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? tx, string sql, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
