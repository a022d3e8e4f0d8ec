using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Search;
using MediaDiscovery.Hosting;
using MediaDiscovery.Hosting.Contracts;

namespace MediaDiscovery.Functions.Search;

/// <summary>Maps ranked titles to their wire shape.</summary>
public static class SearchResultViews
{
    public static TitleView From(Title title, double score, MatchSource matchedBy, FeedSyncTimes syncTimes) =>
        TitleView.From(title, syncTimes) with { Score = Math.Round(score, 6), MatchedBy = Sources(matchedBy) };

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
