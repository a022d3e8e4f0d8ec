using System.Net;
using System.Text;

namespace MediaDiscovery.LocalHost.Tests;

/// <summary>
/// 10,000 random and malformed query strings for GET /api/v1/changes: each parameter valid, invalid, repeated, empty,
/// huge, encoded oddly or hostile. Never a 5xx; every refusal a problem+json.
/// </summary>
public sealed class ChangesFuzzTests(DemoCatalogFixture fixture) : IClassFixture<DemoCatalogFixture>
{
    private static readonly string[] Names = ["platforms", "kinds", "types", "since", "limit", "cursor", "Platforms", "q", ""];

    private static readonly string[] Values =
    [
        "netflix", "hulu,disney-plus", "prime-video,netflix,netflix", "max", "NETFLIX", "added", "removed", "expiring", "added,removed",
        "binge", "movie", "series", "podcast", "2021-01-01T00:00:00Z", "2999-01-01T00:00:00Z", "yesterday", "0001-01-01", "9999-12-31T23:59:59Z",
        "1", "20", "100", "101", "0", "-1", "abc", "1e9", "99999999999999999999", "", " ", ",", ",,,", "%00", "%ZZ", "%F0%9F%8E%AC", "日本",
        "<script>alert(1)</script>", "' OR 1=1 --", "..%2F..%2Fetc%2Fpasswd", "null", "[]", "{}", "Y3Y=", "!!", "c1.AAAA",
    ];

    [Fact]
    public async Task Ten_thousand_fuzzed_query_strings_never_cause_a_5xx()
    {
        var random = new Random(20261207);
        var statuses = new Dictionary<HttpStatusCode, int>();
        for (var i = 0; i < 10_000; i++)
        {
            var uri = "/api/v1/changes?" + QueryString(random);
            using var response = await fixture.Client.GetAsync(new Uri(uri, UriKind.Relative));
            statuses[response.StatusCode] = statuses.GetValueOrDefault(response.StatusCode) + 1;
            Assert.True((int)response.StatusCode < 500, $"{uri} -> {(int)response.StatusCode}");
            if (response.StatusCode == HttpStatusCode.BadRequest)
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        Assert.True(statuses.GetValueOrDefault(HttpStatusCode.OK) > 500, "plenty of the query strings are valid");
        Assert.True(statuses.GetValueOrDefault(HttpStatusCode.BadRequest) > 500, "plenty are refused");
        Assert.True(fixture.Factory.ErrorLogs.Errors == 0, string.Join('\n', fixture.Factory.ErrorLogs.Messages.Take(5)));
    }

    private static string QueryString(Random random)
    {
        var parts = new List<string>();
        for (var n = random.Next(0, 5); n > 0; n--)
        {
            var value = random.Next(8) == 0 ? new string('x', random.Next(100, 3000)) : Values[random.Next(Values.Length)];
            var encoded = value.Contains('%', StringComparison.Ordinal) ? value : Uri.EscapeDataString(value);
            parts.Add(Names[random.Next(Names.Length)] + "=" + encoded);
        }
        if (random.Next(10) == 0)
            parts.Add(RandomText(random));
        return string.Join('&', parts);
    }

    private static string RandomText(Random random)
    {
        var text = new StringBuilder();
        for (var i = random.Next(1, 60); i > 0; i--)
            text.Append((char)random.Next(0x21, 0x7f));
        return Uri.EscapeDataString(text.ToString());
    }
}
