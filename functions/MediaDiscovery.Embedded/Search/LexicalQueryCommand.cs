using Microsoft.Data.Sqlite;

namespace MediaDiscovery.Embedded.Search;

/// <summary>
/// A prepared FTS5 query with parameters <c>$match</c> and <c>$limit</c> and, when its SQL uses them,
/// <c>$candidates</c> (a narrower MATCH the rows must also satisfy) and <c>$ordinals</c> (a JSON array of rowids).
/// </summary>
internal sealed class LexicalQueryCommand : IDisposable
{
    private readonly SqliteCommand command;
    private readonly SqliteParameter match;
    private readonly SqliteParameter limit;
    private readonly SqliteParameter? candidates;
    private readonly SqliteParameter? ordinals;

    public LexicalQueryCommand(SqliteConnection connection, string sql)
    {
        command = connection.CreateCommand();
        command.CommandText = sql;
        match = command.Parameters.Add("$match", SqliteType.Text);
        limit = command.Parameters.Add("$limit", SqliteType.Integer);
        if (sql.Contains("$candidates", StringComparison.Ordinal))
            candidates = command.Parameters.Add("$candidates", SqliteType.Text);
        if (sql.Contains("$ordinals", StringComparison.Ordinal))
            ordinals = command.Parameters.Add("$ordinals", SqliteType.Text);
        command.Prepare();
    }

    /// <summary>Runs the query; rows are (rowid, score), best first.</summary>
    public void Run(LexicalQueryPlan plan, int rowLimit, string? ordinalsJson, List<LexicalHit> into)
    {
        match.Value = plan.Match;
        limit.Value = rowLimit;
        candidates?.Value = plan.Candidates ?? plan.Match;
        ordinals?.Value = ordinalsJson ?? "[]";
        using var reader = command.ExecuteReader();
        while (reader.Read())
            into.Add(new LexicalHit((int)(reader.GetInt64(0) - 1), reader.GetDouble(1)));
    }

    public void Dispose() => command.Dispose();
}
