using Microsoft.Data.Sqlite;

namespace MediaDiscovery.Embedded.Search;

/// <summary>One open read-only connection to <c>lexical.db</c> with its prepared queries; used by one thread at a time.</summary>
internal sealed class LexicalReader : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly Dictionary<string, LexicalQueryCommand> commands = new(StringComparer.Ordinal);

    public LexicalReader(string connectionString)
    {
        connection = new SqliteConnection(connectionString);
        connection.Open();
    }

    private SqliteCommand? documentFrequency;

    /// <summary>How many documents contain the word as written (unstemmed), from the words table.</summary>
    public int DocumentFrequency(string word)
    {
        if (documentFrequency is null)
        {
            documentFrequency = connection.CreateCommand();
            documentFrequency.CommandText = "SELECT docs FROM words WHERE word = $word";
            documentFrequency.Parameters.Add("$word", SqliteType.Text);
            documentFrequency.Prepare();
        }
        documentFrequency.Parameters[0].Value = word;
        return documentFrequency.ExecuteScalar() is long docs ? (int)docs : 0;
    }

    public LexicalIndexStamp? ReadStamp()
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT key, value FROM meta";
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        while (reader.Read())
            pairs[reader.GetString(0)] = reader.GetString(1);
        return LexicalIndexStamp.FromPairs(pairs);
    }

    /// <summary>The prepared command for this SQL text, created on first use.</summary>
    public LexicalQueryCommand Command(string sql)
    {
        if (!commands.TryGetValue(sql, out var command))
        {
            command = new LexicalQueryCommand(connection, sql);
            commands[sql] = command;
        }
        return command;
    }

    public void Dispose()
    {
        foreach (var command in commands.Values)
            command.Dispose();
        documentFrequency?.Dispose();
        connection.Dispose();
    }
}
