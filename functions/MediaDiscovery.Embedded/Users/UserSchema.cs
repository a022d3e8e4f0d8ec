using MediaDiscovery.Embedded.Storage;

namespace MediaDiscovery.Embedded.Users;

/// <summary>
/// The tables of <c>users.db</c>. Times are UTC ticks (exact, and ordered as integers). Every per-user read is an
/// index range on a key that starts with <c>user_id</c>, and watcher lookup a range on the partial index of
/// current watchlist rows, so both stay O(log n) as users accumulate.
/// </summary>
internal static class UserSchema
{
    public static SqliteSchema Current { get; } = new(1, """
        CREATE TABLE IF NOT EXISTS user_events (
            user_id    TEXT NOT NULL,
            event_id   TEXT NOT NULL,
            title_id   TEXT NOT NULL,
            kind       TEXT NOT NULL,  -- wire name: view, rating, watchlist-add, watchlist-remove
            rating     REAL,
            completion REAL,
            at         INTEGER NOT NULL,
            PRIMARY KEY (user_id, event_id)  -- the idempotency key
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS user_events_by_time ON user_events (user_id, at, event_id);

        -- The newest watchlist event per (user, title), removals kept so a late older add cannot revive a title.
        CREATE TABLE IF NOT EXISTS watchlist (
            user_id  TEXT NOT NULL,
            title_id TEXT NOT NULL,
            on_list  INTEGER NOT NULL,  -- 1 after an add, 0 after a remove
            at       INTEGER NOT NULL,
            event_id TEXT NOT NULL,
            PRIMARY KEY (user_id, title_id)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS watchlist_watchers ON watchlist (title_id, user_id) WHERE on_list = 1;

        CREATE TABLE IF NOT EXISTS user_preferences (
            user_id        TEXT PRIMARY KEY,
            platforms      TEXT NOT NULL,  -- JSON arrays of strings
            liked_genres   TEXT NOT NULL,
            avoided_genres TEXT NOT NULL,
            max_min_age    INTEGER,
            updated_at     INTEGER NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS user_notifications (
            user_id         TEXT NOT NULL,
            notification_id TEXT NOT NULL,
            title_id        TEXT NOT NULL,
            platform        TEXT NOT NULL,
            kind            TEXT NOT NULL,
            message         TEXT NOT NULL,
            created_at      INTEGER NOT NULL,
            PRIMARY KEY (user_id, notification_id)  -- the idempotency key
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS user_notifications_by_time ON user_notifications (user_id, created_at, notification_id);
        """);
}
