namespace MediaDiscovery.Embedded.Tests.Search;

/// <summary>Query text that would be FTS5 syntax (or worse) if it reached the engine unquoted.</summary>
public static class HostileText
{
    public static TheoryData<string> All() =>
    [
        "\"", "\"\"", "\"unterminated", "*", "dark*", "NEAR(", "NEAR(dark mystery, 2)", "dark OR", "OR", "AND", "NOT",
        "dark AND NOT office", "-dark", "title:dark", "{title description}: dark", "^dark", "dark + office", "(", ")",
        "((((", "')); DROP TABLE fts; --", "rowid = 1", "\0", "\u200b\u200d", "🎬🍿", "日本のドラマ", "ä ö ü ß",
        "   ", "", new string('a', 10_000), string.Join(' ', Enumerable.Repeat("dark", 500)), "\\", "%_%", "'\"`",
        "json_each('[1]')", "$match", "@p", ":p", "?1",
    ];
}
