using System.Text;
using MediaDiscovery.Core.Catalog.Ingestion;
using MediaDiscovery.Embedded.Search;
using Microsoft.Data.Sqlite;

namespace MediaDiscovery.Embedded.Tests.Search;

/// <summary>
/// <see cref="Fts5PorterTokenizer"/> against the SQLite FTS5 the product links: the same terms at the same positions
/// for every text, read back from an <c>fts5vocab</c> 'instance' table.
/// </summary>
public sealed class Fts5PorterTokenizerTests : IDisposable
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");

    public Fts5PorterTokenizerTests()
    {
        connection.Open();
        Execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'porter unicode61 remove_diacritics 2')");
        Execute("CREATE VIRTUAL TABLE plain USING fts5(x, tokenize = 'unicode61 remove_diacritics 2')");
        Execute("CREATE VIRTUAL TABLE tv USING fts5vocab(t, 'instance')");
        Execute("CREATE VIRTUAL TABLE pv USING fts5vocab(plain, 'instance')");
    }

    public void Dispose() => connection.Dispose();

    [Fact]
    public void Every_catalog_text_tokenizes_as_fts5_does()
    {
        var table = RealCatalog.Require();
        var genreNames = CatalogTaxonomy.Default.Genres.ToDictionary(g => g.Id, g => g.DisplayName, StringComparer.Ordinal);
        var texts = table.Titles.Select(t => LexicalDocument.For(t, genreNames))
            .SelectMany(d => new[] { d.Title, d.Description, d.People, d.Genres }).ToList();

        var tokens = AssertSameAsFts5(texts);

        Assert.True(tokens > 500_000, $"only {tokens} tokens compared");
    }

    [Fact]
    public void Unusual_and_hostile_text_tokenizes_as_fts5_does()
    {
        string[] fixedTexts =
        [
            "Amélie Poulain", "ÉCOLE ÇA Œuvre Æsir straße İstanbul ıi Ǆemal ǖ", "Ἀθῆναι Москва Ёлка", "東京物語 진격의 거인 ドラゴンボール",
            "नमस्ते தமிழ் ภาษาไทย", "emoji 🎬🍿 and 𝔐𝔞𝔱𝔥 𠜎", "combining e\u0301 a\u0308 \u0301alone", "zero\u200Bwidth\u200Djoiner\uFEFF",
            "1990s b2b 3d 007 ½ ²", "don't rock'n'roll o’neill", new string('x', 70) + "ing " + new string('y', 63) + "ies",
            "ctrl\u0001\u0007\u001F chars\r\n\t", "lone \uD800 surrogate \uDFFF here", "\uFFFE\uFFFF\uFFFD", "aing aed ying iing sses ies",
            "relational conditional generations ponies caresses hopping filing", "", "   ", "NEAR( \"x\" OR y* AND -z:",
        ];
        var random = new Random(7);
        var pool = "aeiouybcdlmnrstzAÉéßİı0129 -'’\u0301\u200B🎬東ジ한ñøł".EnumerateRunes().Select(r => r.ToString()).ToArray();
        var generated = Enumerable.Range(0, 2_000).Select(_ =>
            string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => pool[random.Next(pool.Length)])));

        AssertSameAsFts5([.. fixedTexts, .. generated]);
    }

    [Fact]
    public void Every_code_point_is_classified_and_folded_as_fts5_does()
    {
        // Without stemming: "a<c>a" and "<c>" show whether c starts a token, only continues one, or separates, and its fold.
        var codePoints = Enumerable.Range(0x80, 0x110000 - 0x80).Where(c => c is < 0xD800 or > 0xDFFF).ToList();
        var texts = codePoints.SelectMany(c => new[] { "a" + char.ConvertFromUtf32(c) + "a", char.ConvertFromUtf32(c) }).ToList();
        var expected = Fts5Tokens(texts, "plain", "pv");
        var mismatches = new List<string>();
        for (var i = 0; i < texts.Count; i++)
        {
            var actual = Unicode61Only(texts[i]);
            if (!actual.SequenceEqual(expected[i]))
                mismatches.Add($"U+{codePoints[i / 2]:X4}: FTS5 [{string.Join(",", expected[i])}], ours [{string.Join(",", actual)}]");
        }
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches.Take(20)));
    }

    [Theory]
    [InlineData("running", "run")]
    [InlineData("generations", "gener")]
    [InlineData("ponies", "poni")]
    [InlineData("relational", "relat")]
    [InlineData("spanning", "span")]
    [InlineData("biology", "biologi")]
    public void Stems_known_words(string word, string stem)
    {
        var tokens = new List<string>();
        Fts5PorterTokenizer.Tokenize(word, tokens);

        Assert.Equal([stem], tokens);
        Assert.Equal(Fts5Tokens([word], "t", "tv")[0], tokens);
    }

    private int AssertSameAsFts5(IReadOnlyList<string> texts)
    {
        var expected = Fts5Tokens(texts, "t", "tv");
        var compared = 0;
        var actual = new List<string>();
        for (var i = 0; i < texts.Count; i++)
        {
            actual.Clear();
            Fts5PorterTokenizer.Tokenize(texts[i], actual);
            Assert.True(actual.SequenceEqual(expected[i]),
                $"\"{texts[i]}\": FTS5 [{string.Join(",", expected[i])}], ours [{string.Join(",", actual)}]");
            compared += actual.Count;
        }
        return compared;
    }

    /// <summary>Without the porter step: the tokenizer's unicode61 stage alone.</summary>
    private static List<string> Unicode61Only(string text)
    {
        var tokens = new List<string>();
        var token = new StringBuilder();
        var inToken = false;
        foreach (var rune in text.EnumerateRunes())
        {
            var kind = Fts5Unicode61.Classify(rune, out var fold);
            if (kind == Fts5Unicode61.CharClass.TokenChar || (inToken && kind == Fts5Unicode61.CharClass.Diacritic))
            {
                inToken = true;
                if (fold >= 0)
                    token.Append(char.ConvertFromUtf32(fold));
            }
            else if (inToken)
            {
                tokens.Add(token.ToString());
                token.Clear();
                inToken = false;
            }
        }
        if (inToken)
            tokens.Add(token.ToString());
        return tokens;
    }

    /// <summary>Each text's terms in position order, as FTS5 indexed them.</summary>
    private List<List<string>> Fts5Tokens(IReadOnlyList<string> texts, string table, string vocab)
    {
        Execute($"DELETE FROM {table}");
        using (var transaction = connection.BeginTransaction())
        using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = $"INSERT INTO {table}(rowid, x) VALUES ($id, $x)";
            var id = insert.Parameters.Add("$id", SqliteType.Integer);
            var x = insert.Parameters.Add("$x", SqliteType.Text);
            for (var i = 0; i < texts.Count; i++)
            {
                id.Value = i + 1L;
                x.Value = texts[i];
                insert.ExecuteNonQuery();
            }
            transaction.Commit();
        }
        var result = texts.Select(_ => new List<string>()).ToList();
        using var query = connection.CreateCommand();
        query.CommandText = $"SELECT doc, term FROM {vocab} ORDER BY doc, offset";
        using var reader = query.ExecuteReader();
        while (reader.Read())
            result[(int)reader.GetInt64(0) - 1].Add(reader.GetString(1));
        return result;
    }

    private void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
