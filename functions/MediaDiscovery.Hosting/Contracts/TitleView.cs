using System.Text.Json.Serialization;
using MediaDiscovery.Core.Catalog;

namespace MediaDiscovery.Hosting.Contracts;

/// <summary>
/// A title as the API shows it. As a search result it also carries how it ranked (<see cref="Score"/>,
/// <see cref="MatchedBy"/>); catalog reads leave those out.
/// </summary>
public sealed record TitleView(
    string Id,
    string Title,
    string Type,
    int? ReleaseYear,
    IReadOnlyList<string> Genres,
    string? MaturityRating,
    int? MinAge,
    int? RuntimeMinutes,
    int? Seasons,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> Cast,
    IReadOnlyList<string> Directors,
    string Description,
    ScoresView Scores,
    IReadOnlyList<AvailabilityView> Availability)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Score { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? MatchedBy { get; init; }

    public static TitleView From(Title t, FeedSyncTimes syncTimes) => new(
        t.Id,
        t.Name,
        t.Type.ToWire(),
        t.ReleaseYear,
        t.Genres,
        t.MaturityRating,
        t.MinAge,
        t.RuntimeMinutes,
        t.Seasons,
        t.Countries,
        t.Cast,
        t.Directors,
        t.Description,
        new ScoresView(t.Scores.RottenTomatoes, t.Scores.Imdb),
        t.Availability.Select(a => AvailabilityView.From(a, syncTimes.For(a.Platform))).ToList());
}

public sealed record ScoresView(int? RottenTomatoes, double? Imdb);
