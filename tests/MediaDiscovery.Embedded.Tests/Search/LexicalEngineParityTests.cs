using MediaDiscovery.Core.Search;
using MediaDiscovery.Embedded.Search;
using Microsoft.Data.Sqlite;

namespace MediaDiscovery.Embedded.Tests.Search;

/// <summary>
/// The in-memory engine must score exactly as SQLite FTS5's <c>bm25()</c> over the same real catalog: for every
/// query of the dev set, seeded random word mixes from the catalog's own descriptions, and hostile text, in all
/// three match modes, the same titles in the same order with the same scores as the plain FTS5 query
/// (<see cref="Fts5MatchExpression"/> + <c>ORDER BY -bm25(...) DESC, rowid</c>).
/// </summary>
public sealed class LexicalEngineParityTests : IClassFixture<LexicalEngineParityTests.Engines>
{
    private const int K = 50;
    private readonly Engines engines;

    public LexicalEngineParityTests(Engines engines) => this.engines = engines;

    public sealed class Engines : IDisposable
    {
        private readonly TempDirectory directory = new();

        public Engines()
        {
            var table = RealCatalog.Require();
            Table = table;
            Fts5 = SqliteLexicalIndex.OpenOrBuild(directory.Path, table);
            Memory = InMemoryLexicalIndex.Build(table);
            Connection = new SqliteConnection($"Data Source={Fts5.FilePath};Mode=ReadOnly;Pooling=False");
            Connection.Open();
        }

        public TitleTable Table { get; }

        public SqliteLexicalIndex Fts5 { get; }

        public InMemoryLexicalIndex Memory { get; }

        public SqliteConnection Connection { get; }

        public void Dispose()
        {
            Connection.Dispose();
            Fts5.Dispose();
            Memory.Dispose();
            directory.Dispose();
        }
    }

    [Fact]
    public void Every_query_ranks_and_scores_as_fts5_does()
    {
        var queries = Queries().ToList();
        var compared = 0;
        foreach (var text in queries)
        {
            foreach (var match in Enum.GetValues<LexicalMatch>())
            {
                var expected = Fts5Rows(text, match);
                var actual = engines.Memory.Search(text, null, K, match);
                AssertSame(expected, actual, $"{match} \"{text}\"");
                compared += actual.Count;
            }
        }
        Assert.True(compared > 20_000, $"only {compared} hits compared");
    }

    [Fact]
    public void A_mask_keeps_the_fts5_order_of_the_titles_it_allows()
    {
        var series = SearchCatalog.MaskOf(engines.Table, t => t.Type == Core.Catalog.ContentType.Series);
        foreach (var text in Queries().Take(60))
        {
            var expected = Fts5Rows(text, LexicalMatch.AnyTerm, limit: engines.Table.Count).Where(h => series[h.Ordinal]).Take(K).ToList();
            AssertSame(expected, engines.Memory.Search(text, series, K), $"series \"{text}\"");
        }
    }

    private static void AssertSame(IReadOnlyList<LexicalHit> expected, IReadOnlyList<LexicalHit> actual, string what)
    {
        Assert.True(expected.Count == actual.Count, $"{what}: {expected.Count} FTS5 hits, {actual.Count} in memory");
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.True(Math.Abs(expected[i].Score - actual[i].Score) <= 1e-9 * Math.Max(1, Math.Abs(expected[i].Score)),
                $"{what}: rank {i}: FTS5 {expected[i]}, in memory {actual[i]}");
            Assert.True(expected[i].Ordinal == actual[i].Ordinal, $"{what}: rank {i}: FTS5 {expected[i]}, in memory {actual[i]}");
        }
    }

    private List<LexicalHit> Fts5Rows(string text, LexicalMatch match, int limit = K)
    {
        var rows = new List<LexicalHit>();
        if (Fts5MatchExpression.Build(text, match) is not { } expression)
            return rows;
        using var command = engines.Connection.CreateCommand();
        command.CommandText = "SELECT rowid, -bm25(fts, 10, 2, 1, 1) AS score FROM fts WHERE fts MATCH $match ORDER BY score DESC, rowid LIMIT $limit";
        command.Parameters.AddWithValue("$match", expression);
        command.Parameters.AddWithValue("$limit", limit);
        using var reader = command.ExecuteReader();
        while (reader.Read())
            rows.Add(new LexicalHit((int)(reader.GetInt64(0) - 1), reader.GetDouble(1)));
        return rows;
    }

    private IEnumerable<string> Queries()
    {
        foreach (var kind in new[] { "known-item", "title-typo", "constraints" })
        {
            foreach (var query in DevSet.Load(kind))
                yield return query.Text;
        }
        foreach (var text in HostileText.All())
            yield return text;
        // Word mixes drawn from the catalog's own text: common and rare words, stop words, names, accents.
        var random = new Random(42);
        var titles = engines.Table.Titles;
        for (var i = 0; i < 300; i++)
        {
            var source = titles[random.Next(titles.Count)];
            var words = QueryTerms.Tokens(source.Description + " " + source.Name + " " + string.Join(' ', source.Cast.Take(2)));
            if (words.Count == 0)
                continue;
            var start = random.Next(words.Count);
            yield return string.Join(' ', words.Skip(start).Take(random.Next(1, 6)));
        }
    }
}
