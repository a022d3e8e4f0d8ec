using System.Text;
using MediaDiscovery.Core.Recommendations;
using MediaDiscovery.Core.Users;

namespace MediaDiscovery.Core.Tests.Recommendations.Engine;

public sealed class AudienceRatingEventsTests
{
    private static readonly Dictionary<int, string> Link = new() { [1] = "toy-story-1995", [2] = "heat-1995" };

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Linked_ratings_become_rating_events_of_audience_members()
    {
        var (events, skipped) = AudienceRatingEvents.Read(Utf8("userId,movieId,rating,timestamp\n7,1,4.5,964982703\n7,2,3.0,964982704\n"), Link);

        Assert.Equal(0, skipped);
        Assert.Equal(2, events.Count);
        var first = events[0];
        Assert.Equal("audience:7", first.UserId);
        Assert.Equal("toy-story-1995", first.TitleId);
        Assert.Equal(UserEventKind.Rating, first.Kind);
        Assert.Equal(4.5, first.Rating);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(964982703), first.At);
    }

    [Theory]
    [InlineData("999,999999,5.0,1493846415")] // a movie no catalog title links to
    [InlineData("7,1,7.5,964982703")] // out of range
    [InlineData("7,1,0,964982703")]
    [InlineData("7,1,four,964982703")]
    [InlineData("-7,1,4,964982703")]
    [InlineData("7,1,4,99999999999999999")]
    [InlineData("7,1")]
    public void Rows_that_cannot_be_used_are_skipped_and_counted(string row)
    {
        var (events, skipped) = AudienceRatingEvents.Read(Utf8($"userId,movieId,rating,timestamp\n{row}\n7,2,4,964982703\n"), Link);

        Assert.Equal(1, skipped);
        Assert.Equal("heat-1995", Assert.Single(events).TitleId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("user,movie,stars,when\n1,1,4,1\n")]
    public void A_file_without_its_columns_is_invalid(string text) =>
        Assert.Throws<InvalidDataException>(() => AudienceRatingEvents.Read(Utf8(text), Link));
}
