using System.Runtime.CompilerServices;
using MediaDiscovery.Core.Availability;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Embedded.Storage;
using Microsoft.Data.Sqlite;

namespace MediaDiscovery.Embedded.Availability;

/// <summary>
/// The availability history in a SQLite file of its own (<c>availability-changes.db</c>): it only grows, is read
/// per title, and has nothing to do with the catalog's sync transactions or with users' personal data, so it
/// neither waits for their write locks nor shares their schema versions or retention.
/// </summary>
public sealed class SqliteAvailabilityChangeLog : IAvailabilityChangeLog, IDisposable
{
    /// <summary>The file name under the data directory.</summary>
    public const string FileName = "availability-changes.db";

    private const string Columns = "title_id, change_id, platform, kind, price_type_before, price_type_after, occurred_at, recorded_at, source";

    // A title's history, newest first: one index range (a test checks the query plan).
    internal const string ListForTitleSql =
        $"SELECT {Columns} FROM availability_changes WHERE title_id = $title ORDER BY occurred_at DESC, change_id DESC LIMIT $limit";

    private const string ListSinceSql = $"SELECT {Columns} FROM availability_changes WHERE occurred_at >= $since";

    private readonly SqliteDatabase database;

    private SqliteAvailabilityChangeLog(SqliteDatabase database) => this.database = database;

    /// <summary>Where the database lives, for logs.</summary>
    public string Location => database.Location;

    /// <summary>Opens (creating if missing) the change log database at <paramref name="databasePath"/>.</summary>
    public static async Task<SqliteAvailabilityChangeLog> OpenAsync(string databasePath, CancellationToken ct = default) =>
        new(await SqliteDatabase.OpenAsync(databasePath, AvailabilityChangeSchema.Current, ct));

    public async Task AppendAsync(IReadOnlyList<AvailabilityChange> changes, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
            return;
        await database.WriteGate.WaitAsync(ct);
        try
        {
            await using var connection = await database.OpenConnectionAsync(ct);
            await using var tx = connection.BeginTransaction(deferred: false);
            await using var cmd = connection.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = $"""
                INSERT INTO availability_changes ({Columns})
                VALUES ($title, $id, $platform, $kind, $before, $after, $occurred_at, $recorded_at, $source)
                ON CONFLICT (title_id, change_id) DO NOTHING
                """;
            var title = cmd.Parameters.Add("$title", SqliteType.Text);
            var id = cmd.Parameters.Add("$id", SqliteType.Text);
            var platform = cmd.Parameters.Add("$platform", SqliteType.Text);
            var kind = cmd.Parameters.Add("$kind", SqliteType.Text);
            var before = cmd.Parameters.Add("$before", SqliteType.Text);
            var after = cmd.Parameters.Add("$after", SqliteType.Text);
            var occurredAt = cmd.Parameters.Add("$occurred_at", SqliteType.Integer);
            var recordedAt = cmd.Parameters.Add("$recorded_at", SqliteType.Integer);
            var source = cmd.Parameters.Add("$source", SqliteType.Text);
            foreach (var c in changes)
            {
                (title.Value, id.Value, platform.Value, kind.Value) = (c.TitleId, c.ChangeId, c.Platform, c.Kind.ToName());
                (before.Value, after.Value) = ((object?)c.PriceTypeBefore ?? DBNull.Value, (object?)c.PriceTypeAfter ?? DBNull.Value);
                (occurredAt.Value, recordedAt.Value, source.Value) = (c.OccurredAt.UtcTicks, c.RecordedAt.UtcTicks, c.Source.ToName());
                await cmd.ExecuteNonQueryAsync(ct);
            }
            await tx.CommitAsync(ct);
        }
        finally
        {
            database.WriteGate.Release();
        }
    }

    public async Task<IReadOnlyList<AvailabilityChange>> ListForTitleAsync(string titleId, int limit, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        await using var connection = await database.OpenConnectionAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = ListForTitleSql;
        cmd.Parameters.AddWithValue("$title", titleId);
        cmd.Parameters.AddWithValue("$limit", limit);
        var changes = new List<AvailabilityChange>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            changes.Add(Read(reader));
        return changes;
    }

    public async IAsyncEnumerable<AvailabilityChange> ListSinceAsync(DateTimeOffset since, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = ListSinceSql;
        cmd.Parameters.AddWithValue("$since", since.UtcTicks);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            yield return Read(reader);
    }

    private static AvailabilityChange Read(SqliteDataReader reader) => new(
        reader.GetString(1),
        reader.GetString(0),
        reader.GetString(2),
        AvailabilityChangeKindNames.Parse(reader.GetString(3)),
        reader.IsDBNull(4) ? null : reader.GetString(4),
        reader.IsDBNull(5) ? null : reader.GetString(5),
        new DateTimeOffset(reader.GetInt64(6), TimeSpan.Zero),
        new DateTimeOffset(reader.GetInt64(7), TimeSpan.Zero),
        AvailabilitySourceNames.Parse(reader.GetString(8)));

    /// <summary>Releases the pooled connections, so the database file can be moved or deleted.</summary>
    public void Dispose() => database.Dispose();
}
