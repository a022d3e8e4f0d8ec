namespace MediaDiscovery.Embedded.Search;

/// <summary>Which implementation evaluates BM25 on the embedded backend (<c>Search:Lexical:Engine</c>).</summary>
public enum LexicalEngine
{
    /// <summary><see cref="InMemoryLexicalIndex"/>: FTS5's scoring in memory, no SQL per query (default; ADR 0009).</summary>
    Memory,

    /// <summary><see cref="SqliteLexicalIndex"/>: SQLite FTS5 <c>bm25()</c> in <c>lexical.db</c>.</summary>
    Fts5,
}
