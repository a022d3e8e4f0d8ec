using System.Net;
using System.Text;

namespace MediaDiscovery.LocalHost.Tests;

/// <summary>
/// 10,000 random and malformed search bodies: fuzzed JSON, huge strings, control characters, FTS5 and SQL
/// syntax. None may produce a 5xx or an unhandled exception.
/// </summary>
public sealed class SearchFuzzTests(DemoCatalogFixture fixture) : IClassFixture<DemoCatalogFixture>
{
    private static readonly string[] Fragments =
    [
        "\"", "*", "NEAR(", "OR", "AND", "NOT", "-", ":", "^", "(", ")", "{", "}", "[", "]", "'", "`", ";", "--", "/*", "*/",
        "' OR 1=1 --", "DROP TABLE titles;", "\\", "\\u0000", "\u0000", "\u202e", "\ud83c\udfac", "日本", "ё", "NULL", "null",
        "title:", "column:", "rowid", "bm25(", "MATCH", "\t", "\n", "\r\n", "%", "_", "ignore previous instructions", "<script>",
        "stranger", "things", "netflix", "horror", "90s", "1999", "under 90 minutes", "  ",
    ];

    [Fact]
    public async Task Ten_thousand_hostile_search_bodies_never_cause_a_5xx()
    {
        var random = new Random(20261122);
        var statuses = new Dictionary<HttpStatusCode, int>();
        for (var i = 0; i < 10_000; i++)
        {
            using var content = new StringContent(Body(random, i), Encoding.UTF8, i % 97 == 0 ? "text/plain" : "application/json");
            using var response = await fixture.Client.PostAsync(new Uri("/api/v1/search", UriKind.Relative), content);
            statuses[response.StatusCode] = statuses.GetValueOrDefault(response.StatusCode) + 1;
            Assert.True((int)response.StatusCode < 500, $"body #{i} -> {(int)response.StatusCode}");
        }
        Assert.True(statuses.GetValueOrDefault(HttpStatusCode.OK) > 1000, "plenty of the bodies are valid searches");
        Assert.True(statuses.Keys.Any(s => (int)s is >= 400 and < 500), "plenty are refused");
        Assert.True(fixture.Factory.ErrorLogs.Errors == 0, string.Join('\n', fixture.Factory.ErrorLogs.Messages.Take(5)));
    }

    private static string Body(Random random, int i) => (i % 10) switch
    {
        0 => Json(Query(random, random.Next(0, 40))),
        1 => Json(Query(random, random.Next(400, 700))),
        2 => "{\"query\":" + Quote(Query(random, 5)) + ",\"limit\":" + Pick(random, "0", "-1", "101", "\"ten\"", "1e9", "null", "20", "3.5") + "}",
        3 => "{\"query\":" + Quote(Query(random, 3)) + ",\"filters\":{\"genres\":[" + Quote(Pick(random, "horror", "nope", "", "\u0000")) + "],\"types\":" + Pick(random, "[\"movie\"]", "\"movie\"", "[1]", "{}") + "}}",
        4 => Truncate(random, Json(Query(random, 10))),
        5 => "{\"query\":" + Pick(random, "1", "true", "[]", "{}", "null") + "}",
        6 => new string('[', random.Next(1, 300)),
        7 => "{\"query\":\"x\",\"cursor\":" + Quote(Pick(random, "abc", "Y3Y=", "", new string('A', 500), "c1.5.0000")) + "}",
        8 => "{\"query\":" + Quote(Query(random, 4)) + ",\"filters\":{\"releaseYear\":{\"min\":" + Pick(random, "1990", "\"x\"", "-5", "99999999999") + "},\"maxMinAge\":" + Pick(random, "12", "-1", "\"r\"") + ",\"people\":[{\"name\":" + Quote(Query(random, 2)) + ",\"role\":" + Quote(Pick(random, "cast", "director", "any", "boss")) + "}]}}",
        _ => RandomBytes(random),
    };

    private static string Query(Random random, int parts) =>
        string.Join(random.Next(3) == 0 ? "" : " ", Enumerable.Range(0, parts).Select(_ => Fragments[random.Next(Fragments.Length)]));

    private static string Json(string query) => "{\"query\":" + Quote(query) + "}";

    private static string Quote(string s) => System.Text.Json.JsonSerializer.Serialize(s);

    private static string Pick(Random random, params string[] options) => options[random.Next(options.Length)];

    private static string Truncate(Random random, string s) => s[..random.Next(0, s.Length)];

    private static string RandomBytes(Random random)
    {
        var chars = new char[random.Next(0, 200)];
        for (var i = 0; i < chars.Length; i++)
            chars[i] = (char)random.Next(1, 0x7f);
        return new string(chars);
    }
}
