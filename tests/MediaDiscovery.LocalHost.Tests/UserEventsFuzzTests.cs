using System.Net;
using System.Text;

namespace MediaDiscovery.LocalHost.Tests;

/// <summary>
/// Thousands of random and malformed bodies to the events and preferences endpoints (and odd user ids): none may
/// produce a 5xx or an error in the log.
/// </summary>
public sealed class UserEventsFuzzTests(UserDataFixture fixture) : IClassFixture<UserDataFixture>
{
    private static readonly string[] Values =
    [
        "null", "true", "0", "-1", "0.5", "3.5", "5", "5.5", "1e309", "-0", "1e-400", "99999999999999999999", "\"\"", "\"view\"", "\"rating\"",
        "\"watchlist-add\"", "\"watchlist-remove\"", "\"VIEW\"", "[]", "{}", "[\"netflix\"]", "[\"hulu\",\"hbo\"]", "[1,2]", "[null]",
        "\"2026-11-22T10:00:00Z\"", "\"2099-01-01T00:00:00Z\"", "\"1970-01-01T00:00:00Z\"", "\"2026-11-22\"", "\"\\u0000\"", "\"\\ud800\"",
        "\"' OR 1=1 --\"", "\"t_0000000000000000\"", "[\"comedy\",\"horror\"]", "[\"comedy\"]", "21", "22", "\"12\"",
    ];

    private static readonly string[] Members =
    [
        "titleId", "kind", "rating", "completion", "at", "eventId", "platforms", "likedGenres", "avoidedGenres", "maxMinAge", "TitleId", "", "__proto__",
    ];

    private static readonly string[] UserIds = ["fuzz", "fuzz.user@example.com", "a%20b", "a%2Fb", "x%3Ay", new string('u', 129), "%C3%BC", "-"];

    [Fact]
    public async Task Four_thousand_hostile_bodies_never_cause_a_5xx()
    {
        var titleIds = (await fixture.TitlesAsync(_ => true, 5)).Select(t => t.Id).ToList();
        var random = new Random(20261122);
        var statuses = new Dictionary<HttpStatusCode, int>();
        for (var i = 0; i < 4000; i++)
        {
            var events = i % 2 == 0;
            var user = UserIds[random.Next(UserIds.Length)];
            var body = Body(random, i, titleIds);
            var path = events ? $"/api/v1/users/{user}/events" : $"/api/v1/users/{user}/preferences";
            using var request = new HttpRequestMessage(events ? HttpMethod.Post : HttpMethod.Put, new Uri(path, UriKind.Relative))
            {
                Content = new StringContent(body, Encoding.UTF8, i % 89 == 0 ? "text/plain" : "application/json"),
            };
            using var response = await fixture.Admin.SendAsync(request);
            statuses[response.StatusCode] = statuses.GetValueOrDefault(response.StatusCode) + 1;
            Assert.True((int)response.StatusCode < 500, $"#{i} {path} {body} -> {(int)response.StatusCode}: {string.Join('\n', fixture.Factory.ErrorLogs.Messages.Take(3))}");
            if (i % 400 == 0)
            {
                using var list = await fixture.Admin.GetAsync(new Uri($"/api/v1/recommendations?userId={user}", UriKind.Relative));
                Assert.True((int)list.StatusCode < 500);
            }
        }
        Assert.True(statuses.GetValueOrDefault(HttpStatusCode.Created) > 100, "plenty of the events are valid");
        Assert.True(statuses.GetValueOrDefault(HttpStatusCode.OK) > 100, "plenty of the preferences are valid");
        Assert.True(statuses.GetValueOrDefault(HttpStatusCode.BadRequest) > 1000, "plenty are refused");
        Assert.True(fixture.Factory.ErrorLogs.Errors == 0, string.Join('\n', fixture.Factory.ErrorLogs.Messages.Take(5)));
    }

    private static string Body(Random random, int i, List<string> titleIds) => (i % 8) switch
    {
        0 => ValidEvent(random, titleIds),
        1 => ValidPreferences(random),
        2 or 3 => RandomObject(random, titleIds),
        4 => ValidEvent(random, titleIds)[..random.Next(0, 20)],
        5 => new string(random.Next(2) == 0 ? '[' : '{', random.Next(1, 200)),
        6 => Pick(random, "null", "[]", "\"x\"", "42", "", "{\"titleId\":\"a\",\"titleId\":\"b\"}"),
        _ => RandomChars(random),
    };

    private static string ValidEvent(Random random, List<string> titleIds)
    {
        var title = titleIds[random.Next(titleIds.Count)];
        return random.Next(4) switch
        {
            0 => $$"""{"titleId":"{{title}}","kind":"view","completion":{{random.Next(0, 11) / 10.0}}}""",
            1 => $$"""{"titleId":"{{title}}","kind":"rating","rating":{{random.Next(1, 11) / 2.0}},"eventId":"e{{random.Next(50)}}"}""",
            2 => $$"""{"titleId":"{{title}}","kind":"watchlist-add"}""",
            _ => $$"""{"titleId":"{{title}}","kind":"watchlist-remove","at":"2026-01-0{{random.Next(1, 10)}}T00:00:00Z"}""",
        };
    }

    private static string ValidPreferences(Random random) =>
        $$"""{"platforms":{{Pick(random, "[]", "[\"netflix\"]", "[\"hulu\",\"disney-plus\"]")}},"likedGenres":["comedy"],"maxMinAge":{{random.Next(0, 22)}}}""";

    private static string RandomObject(Random random, List<string> titleIds)
    {
        var members = Enumerable.Range(0, random.Next(0, 7)).Select(_ =>
        {
            var name = Members[random.Next(Members.Length)];
            var value = random.Next(6) == 0 ? "\"" + titleIds[random.Next(titleIds.Count)] + "\"" : Values[random.Next(Values.Length)];
            return "\"" + name + "\":" + value;
        });
        return "{" + string.Join(',', members) + "}";
    }

    private static string Pick(Random random, params string[] options) => options[random.Next(options.Length)];

    private static string RandomChars(Random random)
    {
        var chars = new char[random.Next(0, 120)];
        for (var i = 0; i < chars.Length; i++)
            chars[i] = (char)random.Next(1, 0x7f);
        return new string(chars);
    }
}
