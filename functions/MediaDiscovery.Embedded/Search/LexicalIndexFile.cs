using MediaDiscovery.Core.Catalog.Ingestion;
using MediaDiscovery.Core.Search;
using Microsoft.Data.Sqlite;

namespace MediaDiscovery.Embedded.Search;

/// <summary>
/// The <c>lexical.db</c> file: a contentless FTS5 table (rowid = ordinal + 1) and a meta table with the
/// <see cref="LexicalIndexStamp"/>. Built whole into a temporary file and renamed over the old one, so the file
/// is always either the old complete index or the new complete index.
/// </summary>
internal static class LexicalIndexFile
{
    private const string Schema = """
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE words(word TEXT PRIMARY KEY, docs INTEGER NOT NULL) WITHOUT ROWID;
        CREATE VIRTUAL TABLE fts USING fts5(
            title, description, people, genres,
            content = '',
            tokenize = 'porter unicode61 remove_diacritics 2');
        """;

    public static string ReadOnlyConnectionString(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadOnly,
        // Connections are pooled by the index itself: SQLite's pool would hand a rebuilt file's connections to the
        // previous index (same path), whose ordinals may no longer match.
        Pooling = false,
    }.ToString();

    /// <summary>The stamp of an existing, readable file; null when missing or unreadable.</summary>
    public static LexicalIndexStamp? ReadStamp(string path)
    {
        if (!File.Exists(path))
            return null;
        try
        {
            using var connection = new SqliteConnection(ReadOnlyConnectionString(path));
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT key, value FROM meta";
            var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
            using var reader = command.ExecuteReader();
            while (reader.Read())
                pairs[reader.GetString(0)] = reader.GetString(1);
            return LexicalIndexStamp.FromPairs(pairs);
        }
        catch (SqliteException)
        {
            return null;
        }
    }

    public static void Build(string path, TitleTable titles, LexicalIndexStamp stamp)
    {
        var building = path + ".building-" + Guid.NewGuid().ToString("N");
        try
        {
            Write(building, titles, stamp);
            File.Move(building, path, overwrite: true);
        }
        finally
        {
            File.Delete(building);
        }
    }

    private static void Write(string path, TitleTable titles, LexicalIndexStamp stamp)
    {
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        // A half-written file is thrown away, never reused: durability during the build buys nothing.
        Execute(connection, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;");
        using var transaction = connection.BeginTransaction();
        Execute(connection, Schema, transaction);
        var documentFrequencies = InsertDocuments(connection, transaction, titles);
        InsertWords(connection, transaction, documentFrequencies);
        InsertStamp(connection, transaction, stamp);
        Execute(connection, "INSERT INTO fts(fts) VALUES('optimize')", transaction);
        transaction.Commit();
    }

    /// <summary>Inserts every title; returns how many documents contain each word.</summary>
    private static Dictionary<string, int> InsertDocuments(SqliteConnection connection, SqliteTransaction transaction, TitleTable titles)
    {
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = new HashSet<string>(StringComparer.Ordinal);
        var genreNames = CatalogTaxonomy.Default.Genres.ToDictionary(g => g.Id, g => g.DisplayName, StringComparer.Ordinal);
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO fts(rowid, title, description, people, genres) VALUES ($rowid, $title, $description, $people, $genres)";
        var rowid = insert.Parameters.Add("$rowid", SqliteType.Integer);
        var title = insert.Parameters.Add("$title", SqliteType.Text);
        var description = insert.Parameters.Add("$description", SqliteType.Text);
        var people = insert.Parameters.Add("$people", SqliteType.Text);
        var genres = insert.Parameters.Add("$genres", SqliteType.Text);
        insert.Prepare();
        for (var ordinal = 0; ordinal < titles.Count; ordinal++)
        {
            var document = LexicalDocument.For(titles.Titles[ordinal], genreNames);
            rowid.Value = ordinal + 1L;
            title.Value = document.Title;
            description.Value = document.Description;
            people.Value = document.People;
            genres.Value = document.Genres;
            insert.ExecuteNonQuery();
            CountWords(document, words, frequencies);
        }
        return frequencies;
    }

    private static void CountWords(LexicalDocument document, HashSet<string> words, Dictionary<string, int> frequencies)
    {
        words.Clear();
        QueryTerms.DistinctWords(document.Title, words);
        QueryTerms.DistinctWords(document.Description, words);
        QueryTerms.DistinctWords(document.People, words);
        QueryTerms.DistinctWords(document.Genres, words);
        foreach (var word in words)
            frequencies[word] = frequencies.GetValueOrDefault(word) + 1;
    }

    private static void InsertWords(SqliteConnection connection, SqliteTransaction transaction, Dictionary<string, int> frequencies)
    {
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO words(word, docs) VALUES ($word, $docs)";
        var word = insert.Parameters.Add("$word", SqliteType.Text);
        var docs = insert.Parameters.Add("$docs", SqliteType.Integer);
        insert.Prepare();
        foreach (var (w, n) in frequencies)
        {
            word.Value = w;
            docs.Value = n;
            insert.ExecuteNonQuery();
        }
    }

    private static void InsertStamp(SqliteConnection connection, SqliteTransaction transaction, LexicalIndexStamp stamp)
    {
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO meta(key, value) VALUES ($key, $value)";
        var key = insert.Parameters.Add("$key", SqliteType.Text);
        var value = insert.Parameters.Add("$value", SqliteType.Text);
        foreach (var (k, v) in stamp.ToPairs())
        {
            key.Value = k;
            value.Value = v;
            insert.ExecuteNonQuery();
        }
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
