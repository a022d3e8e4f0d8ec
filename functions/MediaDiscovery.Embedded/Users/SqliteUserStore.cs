using System.Runtime.CompilerServices;
using System.Text.Json;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Users;
using MediaDiscovery.Embedded.Storage;
using Microsoft.Data.Sqlite;

namespace MediaDiscovery.Embedded.Users;

/// <summary>
/// Users' data in a SQLite file of its own (<c>users.db</c>), apart from the catalog: personal data can be backed
/// up, wiped or kept out of a shared catalog copy on its own, the catalog's bulk syncs never hold the write lock
/// a user's click waits for, and each file versions its own schema. Each append is one transaction, so an event
/// and the watchlist it implies are stored together or not at all.
/// </summary>
public sealed class SqliteUserStore : IUserStore, IDisposable
{
    /// <summary>The file name under the data directory.</summary>
    public const string FileName = "users.db";

    private const string EventColumns = "user_id, event_id, title_id, kind, rating, completion, at";
    private const string NotificationColumns = "user_id, notification_id, title_id, platform, kind, message, created_at";

    // The per-user and per-title reads, each an index range (a test checks their query plans).
    internal const string ListEventsSql =
        $"SELECT {EventColumns} FROM user_events WHERE user_id = $user ORDER BY at DESC, event_id DESC LIMIT $limit";
    internal const string WatchlistSql =
        "SELECT title_id, at FROM watchlist WHERE user_id = $user AND on_list = 1 ORDER BY at DESC, title_id";
    // The predicate repeats the partial index's condition so SQLite can use watchlist_watchers.
    internal const string ListWatchersSql =
        "SELECT user_id FROM watchlist WHERE title_id = $title AND on_list = 1 ORDER BY user_id";
    internal const string ListNotificationsSql =
        $"SELECT {NotificationColumns} FROM user_notifications WHERE user_id = $user ORDER BY created_at DESC, notification_id DESC LIMIT $limit";
    internal const string PreferencesSql =
        "SELECT platforms, liked_genres, avoided_genres, max_min_age, updated_at FROM user_preferences WHERE user_id = $user";

    private readonly SqliteDatabase database;

    private SqliteUserStore(SqliteDatabase database) => this.database = database;

    /// <summary>Where the database lives, for logs.</summary>
    public string Location => database.Location;

    /// <summary>Opens (creating if missing) the user database at <paramref name="databasePath"/>.</summary>
    public static async Task<SqliteUserStore> OpenAsync(string databasePath, CancellationToken ct = default) =>
        new(await SqliteDatabase.OpenAsync(databasePath, UserSchema.Current, ct));

    public async Task<AppendOutcome> AppendEventAsync(UserEvent userEvent, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(userEvent);
        return await WriteAsync(async (connection, tx) =>
        {
            if (!await InsertEventAsync(connection, tx, userEvent, ct))
                return AppendOutcome.Duplicate;
            if (userEvent.Kind is UserEventKind.WatchlistAdd or UserEventKind.WatchlistRemove)
                await ApplyToWatchlistAsync(connection, tx, userEvent, ct);
            return AppendOutcome.Appended;
        }, ct);
    }

    public async Task<UserEvent?> GetEventAsync(string userId, string eventId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT {EventColumns} FROM user_events WHERE user_id = $user AND event_id = $id";
        cmd.Parameters.AddWithValue("$user", userId);
        cmd.Parameters.AddWithValue("$id", eventId);
        return (await ReadAllAsync(cmd, ReadEvent, ct)).FirstOrDefault();
    }

    public async Task<IReadOnlyList<UserEvent>> ListEventsAsync(string userId, int limit, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        await using var connection = await database.OpenConnectionAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = ListEventsSql;
        cmd.Parameters.AddWithValue("$user", userId);
        cmd.Parameters.AddWithValue("$limit", limit);
        return await ReadAllAsync(cmd, ReadEvent, ct);
    }

    public async IAsyncEnumerable<UserEvent> ListAllEventsAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT {EventColumns} FROM user_events";
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            yield return ReadEvent(reader);
    }

    public async Task<IReadOnlyList<WatchlistEntry>> GetWatchlistAsync(string userId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = WatchlistSql;
        cmd.Parameters.AddWithValue("$user", userId);
        return await ReadAllAsync(cmd, r => new WatchlistEntry(r.GetString(0), Utc(r.GetInt64(1))), ct);
    }

    public async Task<IReadOnlyList<string>> ListWatchersAsync(string titleId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = ListWatchersSql;
        cmd.Parameters.AddWithValue("$title", titleId);
        return await ReadAllAsync(cmd, r => r.GetString(0), ct);
    }

    public async Task<UserPreferences?> GetPreferencesAsync(string userId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = PreferencesSql;
        cmd.Parameters.AddWithValue("$user", userId);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
            return null;
        return new UserPreferences(
            ReadList(reader, 0),
            ReadList(reader, 1),
            ReadList(reader, 2),
            reader.IsDBNull(3) ? null : reader.GetInt32(3),
            Utc(reader.GetInt64(4)));
    }

    public async Task SetPreferencesAsync(string userId, UserPreferences preferences, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(preferences);
        await WriteAsync(async (connection, tx) =>
        {
            await using var cmd = connection.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = """
                INSERT INTO user_preferences (user_id, platforms, liked_genres, avoided_genres, max_min_age, updated_at)
                VALUES ($user, $platforms, $liked, $avoided, $max_min_age, $updated_at)
                ON CONFLICT (user_id) DO UPDATE SET
                    platforms = excluded.platforms, liked_genres = excluded.liked_genres,
                    avoided_genres = excluded.avoided_genres, max_min_age = excluded.max_min_age,
                    updated_at = excluded.updated_at
                """;
            cmd.Parameters.AddWithValue("$user", userId);
            cmd.Parameters.AddWithValue("$platforms", ListJson(preferences.Platforms));
            cmd.Parameters.AddWithValue("$liked", ListJson(preferences.LikedGenres));
            cmd.Parameters.AddWithValue("$avoided", ListJson(preferences.AvoidedGenres));
            cmd.Parameters.AddWithValue("$max_min_age", (object?)preferences.MaxMinAge ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$updated_at", preferences.UpdatedAt.UtcTicks);
            return await cmd.ExecuteNonQueryAsync(ct);
        }, ct);
    }

    public async Task AddNotificationsAsync(IReadOnlyList<UserNotification> notifications, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        if (notifications.Count == 0)
            return;
        await WriteAsync(async (connection, tx) =>
        {
            await using var cmd = connection.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = $"""
                INSERT INTO user_notifications ({NotificationColumns})
                VALUES ($user, $id, $title, $platform, $kind, $message, $created_at)
                ON CONFLICT (user_id, notification_id) DO NOTHING
                """;
            var user = cmd.Parameters.Add("$user", SqliteType.Text);
            var id = cmd.Parameters.Add("$id", SqliteType.Text);
            var title = cmd.Parameters.Add("$title", SqliteType.Text);
            var platform = cmd.Parameters.Add("$platform", SqliteType.Text);
            var kind = cmd.Parameters.Add("$kind", SqliteType.Text);
            var message = cmd.Parameters.Add("$message", SqliteType.Text);
            var createdAt = cmd.Parameters.Add("$created_at", SqliteType.Integer);
            var stored = 0;
            foreach (var n in notifications)
            {
                (user.Value, id.Value, title.Value, platform.Value) = (n.UserId, n.NotificationId, n.TitleId, n.Platform);
                (kind.Value, message.Value, createdAt.Value) = (n.Kind, n.Message, n.CreatedAt.UtcTicks);
                stored += await cmd.ExecuteNonQueryAsync(ct);
            }
            return stored;
        }, ct);
    }

    public async Task<IReadOnlyList<UserNotification>> ListNotificationsAsync(string userId, int limit, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        await using var connection = await database.OpenConnectionAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = ListNotificationsSql;
        cmd.Parameters.AddWithValue("$user", userId);
        cmd.Parameters.AddWithValue("$limit", limit);
        return await ReadAllAsync(cmd, r => new UserNotification(
            r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), Utc(r.GetInt64(6))), ct);
    }

    public async Task<bool> EraseAsync(string userId, CancellationToken ct = default)
    {
        var deleted = await WriteAsync(async (connection, tx) =>
        {
            var rows = 0;
            foreach (var table in new[] { "user_events", "watchlist", "user_preferences", "user_notifications" })
            {
                await using var cmd = connection.CreateCommand();
                cmd.Transaction = tx;
                cmd.CommandText = $"DELETE FROM {table} WHERE user_id = $user";
                cmd.Parameters.AddWithValue("$user", userId);
                rows += await cmd.ExecuteNonQueryAsync(ct);
            }
            return rows;
        }, ct);
        return deleted > 0;
    }

    /// <summary>Releases the pooled connections, so the database file can be moved or deleted.</summary>
    public void Dispose() => database.Dispose();

    /// <summary>One write transaction under the gate; BEGIN IMMEDIATE takes the write lock up front.</summary>
    private async Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> write, CancellationToken ct)
    {
        await database.WriteGate.WaitAsync(ct);
        try
        {
            await using var connection = await database.OpenConnectionAsync(ct);
            await using var tx = connection.BeginTransaction(deferred: false);
            var result = await write(connection, tx);
            await tx.CommitAsync(ct);
            return result;
        }
        finally
        {
            database.WriteGate.Release();
        }
    }

    /// <summary>False when the user already has an event with that id.</summary>
    private static async Task<bool> InsertEventAsync(SqliteConnection connection, SqliteTransaction tx, UserEvent e, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = $"""
            INSERT INTO user_events ({EventColumns}) VALUES ($user, $id, $title, $kind, $rating, $completion, $at)
            ON CONFLICT (user_id, event_id) DO NOTHING
            """;
        cmd.Parameters.AddWithValue("$user", e.UserId);
        cmd.Parameters.AddWithValue("$id", e.EventId);
        cmd.Parameters.AddWithValue("$title", e.TitleId);
        cmd.Parameters.AddWithValue("$kind", e.Kind.ToName());
        cmd.Parameters.AddWithValue("$rating", (object?)e.Rating ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$completion", (object?)e.Completion ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$at", e.At.UtcTicks);
        return await cmd.ExecuteNonQueryAsync(ct) == 1;
    }

    /// <summary>Replaces the title's watchlist row only with a newer event (by time, then event id).</summary>
    private static async Task ApplyToWatchlistAsync(SqliteConnection connection, SqliteTransaction tx, UserEvent e, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = """
            INSERT INTO watchlist (user_id, title_id, on_list, at, event_id) VALUES ($user, $title, $on_list, $at, $id)
            ON CONFLICT (user_id, title_id) DO UPDATE SET
                on_list = excluded.on_list, at = excluded.at, event_id = excluded.event_id
            WHERE (excluded.at, excluded.event_id) > (watchlist.at, watchlist.event_id)
            """;
        cmd.Parameters.AddWithValue("$user", e.UserId);
        cmd.Parameters.AddWithValue("$title", e.TitleId);
        cmd.Parameters.AddWithValue("$on_list", e.Kind == UserEventKind.WatchlistAdd ? 1 : 0);
        cmd.Parameters.AddWithValue("$at", e.At.UtcTicks);
        cmd.Parameters.AddWithValue("$id", e.EventId);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static UserEvent ReadEvent(SqliteDataReader r) => new(
        r.GetString(0),
        r.GetString(1),
        r.GetString(2),
        UserEventKindNames.Parse(r.GetString(3)),
        r.IsDBNull(4) ? null : r.GetDouble(4),
        r.IsDBNull(5) ? null : r.GetDouble(5),
        Utc(r.GetInt64(6)));

    private static async Task<IReadOnlyList<T>> ReadAllAsync<T>(SqliteCommand cmd, Func<SqliteDataReader, T> read, CancellationToken ct)
    {
        var rows = new List<T>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            rows.Add(read(reader));
        return rows;
    }

    private static string ListJson(IReadOnlyList<string> values) =>
        JsonSerializer.Serialize([.. values], StringListJsonContext.Default.StringArray);

    private static string[] ReadList(SqliteDataReader reader, int ordinal) =>
        JsonSerializer.Deserialize(reader.GetString(ordinal), StringListJsonContext.Default.StringArray) ?? [];

    private static DateTimeOffset Utc(long ticks) => new(ticks, TimeSpan.Zero);
}
