using MediaDiscovery.Embedded.Storage;

namespace MediaDiscovery.Embedded.Availability;

/// <summary>The table of <c>availability-changes.db</c>. Times are UTC ticks; a title's history is one index range.</summary>
internal static class AvailabilityChangeSchema
{
    public static SqliteSchema Current { get; } = new(1, """
        CREATE TABLE IF NOT EXISTS availability_changes (
            title_id          TEXT NOT NULL,
            change_id         TEXT NOT NULL,
            platform          TEXT NOT NULL,
            kind              TEXT NOT NULL,  -- wire name: added, removed, price-changed
            price_type_before TEXT,
            price_type_after  TEXT,
            occurred_at       INTEGER NOT NULL,
            recorded_at       INTEGER NOT NULL,
            source            TEXT NOT NULL,  -- wire name: feed, sweep, on-demand, webhook
            PRIMARY KEY (title_id, change_id)  -- the idempotency key, as in the DynamoDB table
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS availability_changes_by_time ON availability_changes (title_id, occurred_at, change_id);
        """);
}
