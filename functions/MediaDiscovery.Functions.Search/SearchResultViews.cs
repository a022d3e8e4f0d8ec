using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Search;
using MediaDiscovery.Hosting;
using MediaDiscovery.Hosting.Contracts;

namespace MediaDiscovery.Functions.Search;

/// <summary>Maps ranked titles to their wire shape.</summary>
public static class SearchResultViews
{
    public static SearchResultView From(Title title, double score, MatchSource matchedBy, FeedSyncTimes syncTimes)
    {
        var t = TitleView.From(title, syncTimes);
        return new SearchResultView(t.Id, t.Title, t.Type, t.ReleaseYear, t.Genres, t.MaturityRating, t.MinAge, t.RuntimeMinutes,
            t.Seasons, t.Countries, t.Cast, t.Directors, t.Description, t.Scores, t.Availability, Math.Round(score, 6), Sources(matchedBy));
    }

    public static IReadOnlyList<string> Sources(MatchSource matchedBy)
    {
        var list = new List<string>(3);
        if (matchedBy.HasFlag(MatchSource.Bm25))
            list.Add("bm25");
        if (matchedBy.HasFlag(MatchSource.Vector))
            list.Add("vector");
        if (matchedBy.HasFlag(MatchSource.Title))
            list.Add("title");
        if (matchedBy.HasFlag(MatchSource.Browse))
            list.Add("browse");
        return list;
    }
}
