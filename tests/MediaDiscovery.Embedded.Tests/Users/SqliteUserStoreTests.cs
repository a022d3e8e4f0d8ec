using MediaDiscovery.Core.Users;
using MediaDiscovery.Embedded.Availability;
using MediaDiscovery.Embedded.Storage;
using MediaDiscovery.Embedded.Users;
using Microsoft.Data.Sqlite;

namespace MediaDiscovery.Embedded.Tests.Users;

/// <summary>What the contract cannot say about the SQLite files: durability, indexes, schema versions.</summary>
public sealed class SqliteUserStoreTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory directory = new();

    private string UsersDb => directory.File(SqliteUserStore.FileName);

    [Fact]
    public async Task Data_survives_reopening_the_file()
    {
        using (var store = await SqliteUserStore.OpenAsync(UsersDb))
        {
            await store.AppendEventAsync(new UserEvent("u1", "e1", "t_a", UserEventKind.WatchlistAdd, null, null, T0));
            await store.SetPreferencesAsync("u1", new UserPreferences(["netflix"], ["comedy"], [], 12, T0));
        }

        using var reopened = await SqliteUserStore.OpenAsync(UsersDb);
        Assert.Equal(AppendOutcome.Duplicate, await reopened.AppendEventAsync(new UserEvent("u1", "e1", "t_a", UserEventKind.View, null, null, T0)));
        Assert.Equal([new WatchlistEntry("t_a", T0)], await reopened.GetWatchlistAsync("u1"));
        Assert.Equal(["netflix"], (await reopened.GetPreferencesAsync("u1"))!.Platforms);
    }

    [Theory]
    [InlineData(SqliteUserStore.ListEventsSql)]
    [InlineData(SqliteUserStore.ListNotificationsSql)]
    [InlineData(SqliteAvailabilityChangeLog.ListForTitleSql)]
    public async Task Newest_first_reads_walk_an_index_without_sorting(string sql)
    {
        var plan = await QueryPlanAsync(sql);
        Assert.NotEmpty(plan);
        Assert.All(plan, step => Assert.StartsWith("SEARCH", step, StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(SqliteUserStore.WatchlistSql)]
    [InlineData(SqliteUserStore.ListWatchersSql)]
    [InlineData(SqliteUserStore.PreferencesSql)]
    public async Task Per_user_and_per_title_reads_search_an_index(string sql)
    {
        var plan = await QueryPlanAsync(sql);
        // A SCAN would read every user's rows; sorting one user's (small) watchlist is fine.
        Assert.DoesNotContain(plan, step => step.StartsWith("SCAN", StringComparison.Ordinal));
        Assert.Contains(plan, step => step.StartsWith("SEARCH", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Watcher_lookup_uses_the_index_of_current_watchlist_rows()
    {
        var plan = await QueryPlanAsync(SqliteUserStore.ListWatchersSql);
        Assert.Contains(plan, step => step.Contains("watchlist_watchers", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_file_written_by_a_newer_schema_is_refused()
    {
        using (await SqliteUserStore.OpenAsync(UsersDb))
        {
        }
        await using (var connection = new SqliteConnection($"Data Source={UsersDb};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = "UPDATE meta SET value = '99' WHERE key = 'schema_version'";
            await cmd.ExecuteNonQueryAsync();
        }

        var refused = await Assert.ThrowsAsync<UnsupportedDatabaseSchemaException>(() => SqliteUserStore.OpenAsync(UsersDb));
        Assert.Equal(99, refused.FoundVersion);
    }

    public void Dispose() => directory.Dispose();

    /// <summary>Creates both databases' tables in one file, then asks SQLite how it would run <paramref name="sql"/>.</summary>
    private async Task<List<string>> QueryPlanAsync(string sql)
    {
        var path = directory.File("plans.db");
        using (await SqliteUserStore.OpenAsync(path))
        {
        }
        // Same schema version number, so the change log would skip its tables: give it a file of its own and attach it.
        var changes = directory.File(SqliteAvailabilityChangeLog.FileName);
        using (await SqliteAvailabilityChangeLog.OpenAsync(changes))
        {
        }
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using (var attach = connection.CreateCommand())
        {
            attach.CommandText = $"ATTACH DATABASE '{changes}' AS history";
            await attach.ExecuteNonQueryAsync();
        }
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var name in new[] { "$user", "$title", "$limit" })
            if (sql.Contains(name, StringComparison.Ordinal))
                cmd.Parameters.AddWithValue(name, name == "$limit" ? 10 : "x");
        var steps = new List<string>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            steps.Add(reader.GetString(3));
        return steps;
    }
}
