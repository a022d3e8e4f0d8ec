using System.Text.Json;
using MediaDiscovery.Core.Users;

namespace MediaDiscovery.Functions.Recommendations.Tests;

public sealed class UserEventReaderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);
    private const string Title = "t_0123456789abcdef";

    private static UserEvent? Read(string json, out Dictionary<string, string[]> errors, string userId = "ada") =>
        UserEventReader.Read(JsonDocument.Parse(json).RootElement, userId, Now, out errors);

    [Fact]
    public void A_view_with_completion_and_time_is_read_as_given()
    {
        var e = Read($$"""{"titleId":"{{Title}}","kind":"view","completion":0.75,"at":"2026-11-21T20:30:00+01:00","eventId":"client-1"}""", out var errors);
        Assert.Empty(errors);
        Assert.Equal(new UserEvent("ada", "client-1", Title, UserEventKind.View, null, 0.75, new DateTimeOffset(2026, 11, 21, 19, 30, 0, TimeSpan.Zero)), e);
        Assert.Equal(TimeSpan.Zero, e!.At.Offset);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(3.5)]
    [InlineData(5)]
    public void Ratings_in_half_steps_are_accepted(double rating)
    {
        var e = Read($$"""{"titleId":"{{Title}}","kind":"rating","rating":{{rating.ToString(System.Globalization.CultureInfo.InvariantCulture)}}}""", out var errors);
        Assert.Empty(errors);
        Assert.Equal(rating, e!.Rating);
        Assert.Equal(Now, e.At);
        Assert.StartsWith("ev_", e.EventId, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("0.25")]
    [InlineData("5.5")]
    [InlineData("3.7")]
    [InlineData("-1")]
    [InlineData("\"4\"")]
    [InlineData("null")]
    public void Bad_or_missing_ratings_are_refused(string rating)
    {
        Assert.Null(Read($$"""{"titleId":"{{Title}}","kind":"rating","rating":{{rating}}}""", out var errors));
        Assert.Equal(["rating"], errors.Keys);
    }

    [Fact]
    public void A_rating_on_a_view_and_a_completion_on_a_rating_are_refused()
    {
        Read($$"""{"titleId":"{{Title}}","kind":"view","rating":4}""", out var viewErrors);
        Assert.Contains("Only rating events", viewErrors["rating"][0], StringComparison.Ordinal);
        Read($$"""{"titleId":"{{Title}}","kind":"rating","rating":4,"completion":0.5}""", out var ratingErrors);
        Assert.Contains("Only view events", ratingErrors["completion"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Every_wrong_member_is_listed_at_once()
    {
        Assert.Null(Read("""{"titleId":42,"kind":"binge","completion":"all","at":"yesterday","eventId":""}""", out var errors, userId: "bad user!"));
        Assert.Equal(["at", "completion", "eventId", "kind", "titleId", "userId"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("watchlist-add", errors["kind"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_required_members_are_named()
    {
        Read("{}", out var errors);
        Assert.Equal(["kind", "titleId"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("2026-11-22T10:05:00Z", true)]
    [InlineData("2026-11-22T10:05:01Z", false)]
    [InlineData("2026-11-22T10:00:00", false)] // no offset: ambiguous
    [InlineData("1999-12-31T23:59:59Z", false)]
    [InlineData("22/11/2026", false)]
    [InlineData("2026-13-01T00:00:00Z", false)]
    public void Times_need_an_offset_and_at_most_five_minutes_of_skew(string at, bool accepted)
    {
        Read($$"""{"titleId":"{{Title}}","kind":"watchlist-add","at":"{{at}}"}""", out var errors);
        Assert.Equal(accepted, errors.Count == 0);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"view\"")]
    [InlineData("null")]
    [InlineData("3")]
    public void A_body_that_is_not_an_object_is_refused(string json)
    {
        Assert.Null(Read(json, out var errors));
        Assert.Contains("body", errors.Keys);
    }

    [Fact]
    public void A_repeated_member_is_refused()
    {
        Read($$"""{"titleId":"{{Title}}","kind":"view","kind":"rating"}""", out var errors);
        Assert.Equal(["kind"], errors.Keys);
    }

    [Theory]
    [InlineData("a b")]
    [InlineData("é")]
    [InlineData("x\u0001")]
    public void Event_ids_are_visible_ascii(string eventId)
    {
        Read($$"""{"titleId":"{{Title}}","kind":"view","eventId":{{JsonSerializer.Serialize(eventId)}}}""", out var errors);
        Assert.Equal(["eventId"], errors.Keys);
        Read($$"""{"titleId":"{{Title}}","kind":"view","eventId":"{{new string('x', 129)}}"}""", out var tooLong);
        Assert.Equal(["eventId"], tooLong.Keys);
    }

    [Fact]
    public void Unknown_members_are_ignored()
    {
        Assert.NotNull(Read($$"""{"titleId":"{{Title}}","kind":"view","device":"tv"}""", out var errors));
        Assert.Empty(errors);
    }

    [Fact]
    public void Strings_that_are_not_valid_unicode_are_refused_not_thrown()
    {
        Read("""{"titleId":"\ud800","kind":"view","at":"\udfff","eventId":"a\ud800"}""", out var errors);
        Assert.Equal(["at", "eventId", "titleId"], errors.Keys.Order(StringComparer.Ordinal));
    }
}
