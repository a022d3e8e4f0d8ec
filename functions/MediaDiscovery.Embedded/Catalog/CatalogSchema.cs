using Microsoft.Data.Sqlite;

namespace MediaDiscovery.Embedded.Catalog;

/// <summary>
/// The catalog database's tables. <c>titles.doc</c> is the source of truth (the title as JSON); the other
/// tables and columns are derived from it on every write so lookups and counts never parse JSON.
/// </summary>
internal static class CatalogSchema
{
    /// <summary>Bump when the tables change, and add a migration from the previous version.</summary>
    public const int CurrentVersion = 1;

    private const string VersionKey = "schema_version";

    private const string CreateTables = """
        CREATE TABLE IF NOT EXISTS titles (
            id        TEXT PRIMARY KEY,
            version   INTEGER NOT NULL,
            available INTEGER NOT NULL, -- 1 when available on at least one platform
            doc       TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS titles_by_available ON titles (available);

        CREATE TABLE IF NOT EXISTS external_ids (
            external_id TEXT PRIMARY KEY,
            title_id    TEXT NOT NULL,
            platform    TEXT NOT NULL,
            available   INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS external_ids_by_title ON external_ids (title_id);
        CREATE INDEX IF NOT EXISTS external_ids_by_platform ON external_ids (platform, available, title_id);

        CREATE TABLE IF NOT EXISTS title_genres (
            title_id  TEXT NOT NULL,
            genre     TEXT NOT NULL,
            available INTEGER NOT NULL, -- copied from titles.available so counts need no join
            PRIMARY KEY (title_id, genre)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS title_genres_by_available ON title_genres (available, genre);

        CREATE TABLE IF NOT EXISTS catalog_metadata (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID;
        """;

    /// <summary>Creates the tables if missing; refuses a database written by a newer schema.</summary>
    public static async Task EnsureAsync(SqliteConnection connection, string location, CancellationToken ct)
    {
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        await ExecuteAsync(connection, tx, "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;", ct);
        var found = await ReadVersionAsync(connection, tx, ct);
        if (found > CurrentVersion)
            throw new UnsupportedCatalogSchemaException(location, found, CurrentVersion);
        if (found < CurrentVersion)
        {
            await ExecuteAsync(connection, tx, CreateTables, ct);
            await WriteVersionAsync(connection, tx, ct);
        }
        await tx.CommitAsync(ct);
    }

    private static async Task<int> ReadVersionAsync(SqliteConnection connection, SqliteTransaction tx, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT value FROM meta WHERE key = $key";
        cmd.Parameters.AddWithValue("$key", VersionKey);
        var value = await cmd.ExecuteScalarAsync(ct);
        return value is string text && int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var version)
            ? version
            : 0;
    }

    private static async Task WriteVersionAsync(SqliteConnection connection, SqliteTransaction tx, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "INSERT INTO meta (key, value) VALUES ($key, $value) ON CONFLICT (key) DO UPDATE SET value = excluded.value";
        cmd.Parameters.AddWithValue("$key", VersionKey);
        cmd.Parameters.AddWithValue("$value", CurrentVersion.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction tx, string sql, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
