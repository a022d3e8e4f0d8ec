using System.Text.Json;
using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Ports;
using Microsoft.Data.Sqlite;

namespace MediaDiscovery.Embedded.Catalog;

/// <summary>
/// The prepared statements of one write transaction, reused for every title in the batch (parameters are
/// rebound, the SQL is compiled once).
/// </summary>
internal sealed class TitleWriteCommands : IAsyncDisposable
{
    private readonly SqliteCommand _readVersion;
    private readonly SqliteCommand _upsertTitle;
    private readonly SqliteCommand _deleteExternalIds;
    private readonly SqliteCommand _upsertExternalId;
    private readonly SqliteCommand _deleteGenres;
    private readonly SqliteCommand _insertGenre;

    public TitleWriteCommands(SqliteConnection connection, SqliteTransaction tx)
    {
        _readVersion = Prepare(connection, tx, "SELECT version FROM titles WHERE id = $id", "$id");
        _upsertTitle = Prepare(connection, tx, """
            INSERT INTO titles (id, version, available, doc) VALUES ($id, $version, $available, $doc)
            ON CONFLICT (id) DO UPDATE SET version = excluded.version, available = excluded.available, doc = excluded.doc
            """, "$id", "$version", "$available", "$doc");
        _deleteExternalIds = Prepare(connection, tx, "DELETE FROM external_ids WHERE title_id = $id", "$id");
        // An external id moving to another title follows the latest write (sync maps titles by external id).
        _upsertExternalId = Prepare(connection, tx, """
            INSERT INTO external_ids (external_id, title_id, platform, available) VALUES ($external_id, $id, $platform, $available)
            ON CONFLICT (external_id) DO UPDATE SET title_id = excluded.title_id, platform = excluded.platform, available = excluded.available
            """, "$external_id", "$id", "$platform", "$available");
        _deleteGenres = Prepare(connection, tx, "DELETE FROM title_genres WHERE title_id = $id", "$id");
        _insertGenre = Prepare(connection, tx,
            "INSERT OR IGNORE INTO title_genres (title_id, genre, available) VALUES ($id, $genre, $available)",
            "$id", "$genre", "$available");
    }

    public async Task<WriteOutcome> ApplyAsync(TitleWrite write, CancellationToken ct)
    {
        var id = write.Title.Id;
        var stored = await ReadVersionAsync(id, ct);
        if (stored != write.ExpectedVersion)
            return new WriteOutcome(id, WriteStatus.Conflict, stored);

        var title = write.Title with { Version = write.ExpectedVersion + 1 };
        var available = title.Availability.Any(a => a.Available);
        var isNew = stored == 0;
        await UpsertTitleAsync(title, available, ct);
        await ReplaceExternalIdsAsync(title, isNew, ct);
        await ReplaceGenresAsync(title, available, isNew, ct);
        return new WriteOutcome(id, WriteStatus.Written, title.Version);
    }

    private async Task<long> ReadVersionAsync(string id, CancellationToken ct)
    {
        _readVersion.Parameters[0].Value = id;
        return await _readVersion.ExecuteScalarAsync(ct) is long version ? version : 0;
    }

    private async Task UpsertTitleAsync(Title title, bool available, CancellationToken ct)
    {
        _upsertTitle.Parameters[0].Value = title.Id;
        _upsertTitle.Parameters[1].Value = title.Version;
        _upsertTitle.Parameters[2].Value = available;
        _upsertTitle.Parameters[3].Value = JsonSerializer.Serialize(title, CatalogJsonContext.Default.Title);
        await _upsertTitle.ExecuteNonQueryAsync(ct);
    }

    private async Task ReplaceExternalIdsAsync(Title title, bool isNew, CancellationToken ct)
    {
        if (!isNew)
        {
            _deleteExternalIds.Parameters[0].Value = title.Id;
            await _deleteExternalIds.ExecuteNonQueryAsync(ct);
        }
        _upsertExternalId.Parameters[1].Value = title.Id;
        foreach (var availability in title.Availability)
        {
            _upsertExternalId.Parameters[0].Value = availability.ExternalId;
            _upsertExternalId.Parameters[2].Value = availability.Platform;
            _upsertExternalId.Parameters[3].Value = availability.Available;
            await _upsertExternalId.ExecuteNonQueryAsync(ct);
        }
    }

    private async Task ReplaceGenresAsync(Title title, bool available, bool isNew, CancellationToken ct)
    {
        if (!isNew)
        {
            _deleteGenres.Parameters[0].Value = title.Id;
            await _deleteGenres.ExecuteNonQueryAsync(ct);
        }
        _insertGenre.Parameters[0].Value = title.Id;
        _insertGenre.Parameters[2].Value = available;
        foreach (var genre in title.Genres)
        {
            _insertGenre.Parameters[1].Value = genre;
            await _insertGenre.ExecuteNonQueryAsync(ct);
        }
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction tx, string sql, params string[] parameters)
    {
        var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach (var name in parameters)
            cmd.Parameters.Add(new SqliteParameter { ParameterName = name });
        cmd.Prepare();
        return cmd;
    }

    public async ValueTask DisposeAsync()
    {
        await _readVersion.DisposeAsync();
        await _upsertTitle.DisposeAsync();
        await _deleteExternalIds.DisposeAsync();
        await _upsertExternalId.DisposeAsync();
        await _deleteGenres.DisposeAsync();
        await _insertGenre.DisposeAsync();
    }
}
