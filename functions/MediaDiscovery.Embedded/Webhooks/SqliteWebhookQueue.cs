using System.Text.Json;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Webhooks;
using Microsoft.Data.Sqlite;

namespace MediaDiscovery.Embedded.Webhooks;

/// <summary>
/// The embedded webhook queue: one SQLite file (WAL, <c>synchronous = FULL</c>, so an enqueue is on disk before the
/// caller answers 202). Webhook ids are remembered for <see cref="WebhookQueueOptions.DedupRetention"/> to refuse
/// duplicates at the door. Taking a message leases it; a message neither acknowledged nor failed (the process died)
/// is delivered again when its lease ends, also after a restart. A message failing
/// <see cref="WebhookQueueOptions.MaxAttempts"/> deliveries moves to the dead letters.
/// </summary>
public sealed class SqliteWebhookQueue : IWebhookQueue, IDisposable
{
    private static readonly TimeSpan PruneInterval = TimeSpan.FromHours(1);

    private readonly string connectionString;
    private readonly WebhookQueueOptions options;
    private readonly TimeProvider clock;
    private readonly SemaphoreSlim writeGate = new(1, 1);
    private readonly SemaphoreSlim arrivals = new(0, 1);
    private DateTimeOffset lastPrune = DateTimeOffset.MinValue;

    private SqliteWebhookQueue(string path, WebhookQueueOptions options, TimeProvider clock)
    {
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path.GetFullPath(path),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 5,
        }.ConnectionString;
        this.options = options;
        this.clock = clock;
        Location = Path.GetFullPath(path);
    }

    public string Location { get; }

    public static async Task<SqliteWebhookQueue> OpenAsync(string path, WebhookQueueOptions? options = null, TimeProvider? clock = null, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var queue = new SqliteWebhookQueue(path, options ?? new WebhookQueueOptions(), clock ?? TimeProvider.System);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(queue.Location)!);
            await using var connection = await queue.OpenConnectionAsync(ct);
            await ExecuteAsync(connection, null, """
                PRAGMA journal_mode = WAL;
                CREATE TABLE IF NOT EXISTS webhook_seen (
                    webhook_id TEXT PRIMARY KEY,
                    received_at INTEGER NOT NULL) WITHOUT ROWID;
                CREATE INDEX IF NOT EXISTS webhook_seen_received ON webhook_seen (received_at);
                CREATE TABLE IF NOT EXISTS webhook_queue (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    webhook_id TEXT NOT NULL UNIQUE,
                    body TEXT NOT NULL,
                    attempts INTEGER NOT NULL DEFAULT 0,
                    visible_at INTEGER NOT NULL,
                    last_error TEXT);
                CREATE INDEX IF NOT EXISTS webhook_queue_visible ON webhook_queue (visible_at, seq);
                CREATE TABLE IF NOT EXISTS webhook_dead_letters (
                    webhook_id TEXT PRIMARY KEY,
                    body TEXT NOT NULL,
                    attempts INTEGER NOT NULL,
                    last_error TEXT NOT NULL,
                    dead_at INTEGER NOT NULL);
                """, ct);
            return queue;
        }
        catch
        {
            queue.Dispose();
            throw;
        }
    }

    public async Task<EnqueueOutcome> EnqueueAsync(WebhookMessage message, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var body = JsonSerializer.Serialize(message, WebhookMessageJsonContext.Default.WebhookMessage);
        var now = Millis(clock.GetUtcNow());
        bool queued;
        await writeGate.WaitAsync(ct);
        try
        {
            await using var connection = await OpenConnectionAsync(ct);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
            queued = await ExecuteAsync(connection, transaction,
                "INSERT OR IGNORE INTO webhook_seen (webhook_id, received_at) VALUES ($id, $now)", ct,
                ("$id", message.WebhookId), ("$now", now)) == 1;
            if (queued)
            {
                await ExecuteAsync(connection, transaction,
                    "INSERT INTO webhook_queue (webhook_id, body, visible_at) VALUES ($id, $body, $now)", ct,
                    ("$id", message.WebhookId), ("$body", body), ("$now", now));
            }
            await transaction.CommitAsync(ct);
        }
        finally
        {
            writeGate.Release();
        }
        if (queued)
            Signal();
        return queued ? EnqueueOutcome.Queued : EnqueueOutcome.Duplicate;
    }

    /// <summary>Leases up to <paramref name="max"/> visible messages, oldest first, counting this delivery.</summary>
    public async Task<IReadOnlyList<QueuedWebhook>> TakeAsync(int max, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        var now = clock.GetUtcNow();
        var taken = new List<QueuedWebhook>();
        var undecodable = new List<(string Id, string Body, int Attempts)>();
        await writeGate.WaitAsync(ct);
        try
        {
            await using var connection = await OpenConnectionAsync(ct);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
            await using (var select = Command(connection, transaction,
                "SELECT webhook_id, body, attempts FROM webhook_queue WHERE visible_at <= $now ORDER BY seq LIMIT $max",
                ("$now", Millis(now)), ("$max", max)))
            await using (var reader = await select.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    var (id, body, attempts) = (reader.GetString(0), reader.GetString(1), reader.GetInt32(2) + 1);
                    if (TryDecode(body) is { } message)
                        taken.Add(new QueuedWebhook(message, attempts));
                    else
                        undecodable.Add((id, body, attempts));
                }
            }
            foreach (var message in taken)
            {
                await ExecuteAsync(connection, transaction,
                    "UPDATE webhook_queue SET attempts = attempts + 1, visible_at = $until WHERE webhook_id = $id", ct,
                    ("$until", Millis(now + options.Lease)), ("$id", message.Message.WebhookId));
            }
            // Only a newer version of this code could have written a body this one cannot read: never retryable here.
            foreach (var (id, body, attempts) in undecodable)
                await MoveToDeadLettersAsync(connection, transaction, id, body, attempts, "the stored message cannot be decoded", now, ct);
            if (now - lastPrune > PruneInterval)
            {
                await ExecuteAsync(connection, transaction, "DELETE FROM webhook_seen WHERE received_at < $before", ct,
                    ("$before", Millis(now - options.DedupRetention)));
                lastPrune = now;
            }
            await transaction.CommitAsync(ct);
        }
        finally
        {
            writeGate.Release();
        }
        return taken;
    }

    /// <summary>Done with these messages: they are removed (their ids stay remembered for deduplication).</summary>
    public async Task AcknowledgeAsync(IReadOnlyCollection<string> webhookIds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(webhookIds);
        if (webhookIds.Count == 0)
            return;
        await writeGate.WaitAsync(ct);
        try
        {
            await using var connection = await OpenConnectionAsync(ct);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
            foreach (var id in webhookIds)
                await ExecuteAsync(connection, transaction, "DELETE FROM webhook_queue WHERE webhook_id = $id", ct, ("$id", id));
            await transaction.CommitAsync(ct);
        }
        finally
        {
            writeGate.Release();
        }
    }

    /// <summary>
    /// This delivery failed: the message becomes visible again after a backoff that doubles per attempt, or moves to
    /// the dead letters when it has had <see cref="WebhookQueueOptions.MaxAttempts"/> deliveries. True when it moved.
    /// </summary>
    public async Task<bool> FailAsync(QueuedWebhook taken, string error, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(taken);
        ArgumentNullException.ThrowIfNull(error);
        var now = clock.GetUtcNow();
        var id = taken.Message.WebhookId;
        var dead = taken.Attempts >= options.MaxAttempts;
        await writeGate.WaitAsync(ct);
        try
        {
            await using var connection = await OpenConnectionAsync(ct);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
            if (dead)
            {
                var body = JsonSerializer.Serialize(taken.Message, WebhookMessageJsonContext.Default.WebhookMessage);
                await MoveToDeadLettersAsync(connection, transaction, id, body, taken.Attempts, error, now, ct);
            }
            else
            {
                await ExecuteAsync(connection, transaction,
                    "UPDATE webhook_queue SET visible_at = $at, last_error = $error WHERE webhook_id = $id", ct,
                    ("$at", Millis(now + options.RetryDelay(taken.Attempts))), ("$error", error), ("$id", id));
            }
            await transaction.CommitAsync(ct);
        }
        finally
        {
            writeGate.Release();
        }
        return dead;
    }

    /// <summary>When the next waiting message becomes visible, or null when none waits.</summary>
    public async Task<DateTimeOffset?> NextVisibleAtAsync(CancellationToken ct = default)
    {
        await using var connection = await OpenConnectionAsync(ct);
        await using var command = Command(connection, null, "SELECT MIN(visible_at) FROM webhook_queue");
        return await command.ExecuteScalarAsync(ct) is long millis ? DateTimeOffset.FromUnixTimeMilliseconds(millis) : null;
    }

    /// <summary>Completes when a message is enqueued (or at once if one was since the last wait), or after <paramref name="timeout"/>.</summary>
    public async Task WaitForArrivalAsync(TimeSpan timeout, CancellationToken ct = default)
    {
        if (timeout > TimeSpan.Zero)
            await arrivals.WaitAsync(timeout, ct);
    }

    public async Task<WebhookQueueCounts> CountsAsync(CancellationToken ct = default)
    {
        await using var connection = await OpenConnectionAsync(ct);
        await using var command = Command(connection, null,
            "SELECT (SELECT COUNT(*) FROM webhook_queue), (SELECT COUNT(*) FROM webhook_dead_letters), (SELECT COUNT(*) FROM webhook_seen)");
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return new WebhookQueueCounts(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2));
    }

    public async Task<IReadOnlyList<DeadLetter>> ListDeadLettersAsync(int limit, CancellationToken ct = default)
    {
        await using var connection = await OpenConnectionAsync(ct);
        await using var command = Command(connection, null,
            "SELECT webhook_id, body, attempts, last_error, dead_at FROM webhook_dead_letters ORDER BY dead_at DESC LIMIT $limit", ("$limit", limit));
        await using var reader = await command.ExecuteReaderAsync(ct);
        var letters = new List<DeadLetter>();
        while (await reader.ReadAsync(ct))
        {
            letters.Add(new DeadLetter(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetString(3),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4))));
        }
        return letters;
    }

    public void Dispose()
    {
        writeGate.Dispose();
        arrivals.Dispose();
    }

    private void Signal()
    {
        try
        {
            arrivals.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: the consumer will look anyway.
        }
    }

    private static async Task MoveToDeadLettersAsync(
        SqliteConnection connection, SqliteTransaction transaction, string id, string body, int attempts, string error, DateTimeOffset now, CancellationToken ct)
    {
        await ExecuteAsync(connection, transaction,
            "INSERT OR REPLACE INTO webhook_dead_letters (webhook_id, body, attempts, last_error, dead_at) VALUES ($id, $body, $attempts, $error, $now)", ct,
            ("$id", id), ("$body", body), ("$attempts", attempts), ("$error", error), ("$now", Millis(now)));
        await ExecuteAsync(connection, transaction, "DELETE FROM webhook_queue WHERE webhook_id = $id", ct, ("$id", id));
    }

    private static WebhookMessage? TryDecode(string body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, WebhookMessageJsonContext.Default.WebhookMessage);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task<SqliteConnection> OpenConnectionAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        // Per connection, not stored in the file: a commit returns only once it is on disk.
        await ExecuteAsync(connection, null, "PRAGMA synchronous = FULL", ct);
        return connection;
    }

    private static long Millis(DateTimeOffset at) => at.ToUnixTimeMilliseconds();

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        return command;
    }

    private static async Task<int> ExecuteAsync(
        SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(ct);
    }
}
