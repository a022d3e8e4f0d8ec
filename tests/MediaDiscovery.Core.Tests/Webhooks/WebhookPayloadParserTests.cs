using System.Text;
using MediaDiscovery.Core.Catalog.Ingestion;
using MediaDiscovery.Core.Webhooks;
using MediaDiscovery.Testing;

namespace MediaDiscovery.Core.Tests.Webhooks;

public sealed class WebhookPayloadParserTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 5, 0, TimeSpan.Zero);

    private static readonly WebhookPayloadParser Parser = new(CatalogTaxonomy.Default, new FixedClock(Now));

    private const string ApiExample =
        """{ "type": "availability.changed", "occurredAt": "2026-11-22T10:00:00Z", "data": { "externalId": "netflix:s123", "available": true } }""";

    private static WebhookPayloadParseResult Parse(string body, string platform = "netflix") =>
        Parser.Parse(platform, Encoding.UTF8.GetBytes(body));

    private static string Body(
        string type = "\"availability.changed\"",
        string occurredAt = "\"2026-11-22T10:00:00Z\"",
        string externalId = "\"netflix:s123\"",
        string available = "false",
        string extra = "") =>
        $$$"""{"type":{{{type}}},"occurredAt":{{{occurredAt}}},"data":{"externalId":{{{externalId}}},"available":{{{available}}}{{{extra}}}}}""";

    private static WebhookPayloadError SingleError(string body, string platform = "netflix")
    {
        var result = Parse(body, platform);
        Assert.False(result.IsValid);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void Api_example_is_valid()
    {
        var result = Parse(ApiExample);

        Assert.True(result.IsValid);
        Assert.Empty(result.Errors);
        Assert.Equal(new AvailabilityChangedWebhook("netflix", "s123", true, new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero), null, null, null), result.Value);
    }

    [Fact]
    public void Optional_members_are_read()
    {
        var result = Parse(Body(extra: ""","url":"https://www.netflix.com/title/80057281","priceType":"subscription","region":"US" """), "netflix");

        Assert.True(result.IsValid);
        Assert.Equal(new Uri("https://www.netflix.com/title/80057281"), result.Value.Url);
        Assert.Equal("subscription", result.Value.PriceType);
        Assert.Equal("US", result.Value.Region);
        Assert.False(result.Value.Available);
    }

    [Theory]
    [InlineData("prime-video")]
    [InlineData("disney-plus")]
    [InlineData("hulu")]
    public void Every_taxonomy_platform_may_report_its_own_titles(string platform)
    {
        Assert.True(Parse(Body(externalId: $"\"{platform}:s9\""), platform).IsValid);
    }

    [Theory]
    [InlineData("2026-11-22T10:00:00Z", "2026-11-22T10:00:00+00:00")]
    [InlineData("2026-11-22T10:00:00.123Z", "2026-11-22T10:00:00.123+00:00")]
    [InlineData("2026-11-22T11:00:00+01:00", "2026-11-22T10:00:00+00:00")]
    [InlineData("2026-11-22T05:00:00-05:00", "2026-11-22T10:00:00+00:00")]
    public void OccurredAt_accepts_iso_8601_with_an_offset_and_is_kept_in_utc(string occurredAt, string expected)
    {
        var result = Parse(Body(occurredAt: $"\"{occurredAt}\""));

        Assert.True(result.IsValid);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Value.OccurredAt);
        Assert.Equal(TimeSpan.Zero, result.Value.OccurredAt.Offset);
    }

    [Theory]
    [InlineData("\"2026-11-22T10:00:00\"")] // no offset: ambiguous
    [InlineData("\"2026-11-22\"")]
    [InlineData("\"22/11/2026 10:00\"")]
    [InlineData("\"not a date\"")]
    [InlineData("\"\"")]
    [InlineData("\"2026-13-22T10:00:00Z\"")]
    [InlineData("\"2026-11-22T10:10:01Z\"")] // beyond the five minutes of clock skew
    [InlineData("\"9999-12-31T23:59:59Z\"")]
    [InlineData("\"2026-10-01T00:00:00Z\"")] // more than 30 days ago
    [InlineData("\"0001-01-01T00:00:00Z\"")]
    [InlineData("null")]
    public void OccurredAt_that_is_unparseable_or_absurd_is_an_error(string occurredAt)
    {
        Assert.Equal("occurredAt", SingleError(Body(occurredAt: occurredAt)).Field);
    }

    [Fact]
    public void OccurredAt_within_the_clock_skew_is_accepted()
    {
        Assert.True(Parse(Body(occurredAt: "\"2026-11-22T10:10:00Z\"")).IsValid);
    }

    [Theory]
    [InlineData("\"availability.removed\"")]
    [InlineData("\"Availability.Changed\"")]
    [InlineData("\"\"")]
    [InlineData("null")]
    public void Type_must_be_availability_changed(string type)
    {
        Assert.Equal("type", SingleError(Body(type: type)).Field);
    }

    [Theory]
    [InlineData("\"s123\"")] // no platform
    [InlineData("\":s123\"")]
    [InlineData("\"netflix:\"")]
    [InlineData("\"hulu:s123\"")] // another platform's title on the netflix route
    [InlineData("\"Netflix:s123\"")]
    [InlineData("\"youtube:s123\"")] // not a known platform
    [InlineData("\"netflix:s 123\"")]
    [InlineData("\"netflix:s123:extra\"")]
    [InlineData("\"netflix:../../etc\"")]
    [InlineData("null")]
    public void ExternalId_must_be_the_route_platform_and_a_show_id(string externalId)
    {
        Assert.Equal("data.externalId", SingleError(Body(externalId: externalId)).Field);
    }

    [Fact]
    public void ExternalId_with_an_overlong_show_id_is_an_error()
    {
        Assert.Equal("data.externalId", SingleError(Body(externalId: $"\"netflix:{new string('s', 65)}\"")).Field);
    }

    [Fact]
    public void Unknown_route_platform_is_refused_before_the_body_is_read()
    {
        var error = SingleError(ApiExample, "youtube");

        Assert.Equal("$", error.Field);
        Assert.Contains("youtube", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"true\"")]
    [InlineData("1")]
    public void Available_must_be_a_boolean(string available)
    {
        var error = SingleError(Body(available: available));

        Assert.Contains(error.Field, new[] { "data.available", "$" });
    }

    [Theory]
    [InlineData(""","url":"ftp://example.com/x" """, "data.url")]
    [InlineData(""","url":"/title/1" """, "data.url")]
    [InlineData(""","url":"javascript:alert(1)" """, "data.url")]
    [InlineData(""","priceType":"Subscription" """, "data.priceType")]
    [InlineData(""","priceType":"" """, "data.priceType")]
    [InlineData(""","region":"usa" """, "data.region")]
    [InlineData(""","region":"us" """, "data.region")]
    public void Optional_members_are_validated_when_present(string extra, string field)
    {
        Assert.Equal(field, SingleError(Body(extra: extra)).Field);
    }

    [Fact]
    public void Every_error_is_reported_at_once()
    {
        var result = Parse(Body(type: "\"x\"", occurredAt: "\"yesterday\"", externalId: "\"hulu:1\"", available: "null", extra: ""","region":"u" """));

        Assert.Equal(["type", "occurredAt", "data.externalId", "data.available", "data.region"], result.Errors.Select(e => e.Field));
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{")]
    [InlineData("{\"type\":\"availability.changed\"")]
    [InlineData("not json")]
    [InlineData("{\"type\":\"availability.changed\",\"type\":\"availability.changed\",\"occurredAt\":\"2026-11-22T10:00:00Z\",\"data\":{\"externalId\":\"netflix:s1\",\"available\":true}}")]
    [InlineData("{\"type\":\"availability.changed\",\"occurredAt\":\"2026-11-22T10:00:00Z\",\"data\":{\"externalId\":\"netflix:s1\",\"available\":true,\"available\":false}}")]
    public void Body_that_is_not_a_single_json_object_is_an_error_not_an_exception(string body)
    {
        Assert.Equal("$", SingleError(body).Field);
    }

    [Fact]
    public void Missing_data_is_an_error()
    {
        var error = SingleError("""{"type":"availability.changed","occurredAt":"2026-11-22T10:00:00Z"}""");

        Assert.Equal("data", error.Field);
    }

    [Fact]
    public void Member_names_are_case_sensitive()
    {
        var result = Parse("""{"Type":"availability.changed","occurredAt":"2026-11-22T10:00:00Z","data":{"externalId":"netflix:s1","available":true}}""");

        Assert.Equal("type", Assert.Single(result.Errors).Field);
    }

    [Fact]
    public void Invalid_utf8_is_an_error_not_an_exception()
    {
        // {"type":"<0xC3 0x28>"}: a truncated two-byte sequence in a string the parser reads.
        byte[] body = [.. "{\"type\":\""u8, 0xC3, 0x28, .. "\"}"u8];

        var result = Parser.Parse("netflix", body);

        Assert.Equal("$", Assert.Single(result.Errors).Field);
    }

    [Fact]
    public void Oversized_body_is_refused_without_parsing()
    {
        var body = new byte[WebhookPayloadParser.MaxBodyBytes + 1];

        Assert.Equal("$", Assert.Single(Parser.Parse("netflix", body).Errors).Field);
    }

    [Fact]
    public void Unknown_members_are_ignored_for_forward_compatibility()
    {
        Assert.True(Parse(Body(extra: ""","quality":"4k" """)).IsValid);
    }
}
