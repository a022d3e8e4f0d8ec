using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Search;
using Xunit.Abstractions;

namespace MediaDiscovery.Embedded.Tests.Search;

/// <summary>One set's queries of one kind through a retriever (text only, no filters), ranked as the evaluation judges.</summary>
public static class RetrievalQuality
{
    /// <param name="set">A file of the dev set's shape, or null for the dev set itself.</param>
    public static async Task<RankingQuality> MeasureAsync(IRetriever retriever, TitleTable titles, string kind, RetrievalMode mode, string? set, ITestOutputHelper output)
    {
        ArgumentNullException.ThrowIfNull(retriever);
        ArgumentNullException.ThrowIfNull(titles);
        ArgumentNullException.ThrowIfNull(output);
        var ranks = new List<int>();
        foreach (var query in set is null ? DevSet.Load(kind) : DevSet.Load(kind, set))
        {
            var result = await retriever.RetrieveAsync(new RetrievalQuery(query.Text, SearchFilters.None, 100) { Mode = mode });
            ranks.Add(DevSet.RankOfExpected(query, result.Ranked.Select(r => titles.Find(r.TitleId)!)));
        }
        var quality = RankingQuality.Of(ranks);
        output.WriteLine($"{kind,-10} {mode,-7} {Path.GetFileName(set) ?? "dev"} {quality}  ranks {string.Join(' ', ranks)}");
        return quality;
    }
}
