using System.Globalization;
using System.Text;

namespace MediaDiscovery.Core.Catalog.Ingestion;

/// <summary>What an ingestion run did: per-platform row accounting, then what merging across platforms produced.</summary>
public sealed record IngestReport
{
    public IReadOnlyList<PlatformIngestSummary> Platforms { get; init; } = [];
    public int TitlesAfterMerge { get; init; }
    public int TitlesOnTwoOrMorePlatforms { get; init; }
    public int TitlesOnThreeOrMorePlatforms { get; init; }

    /// <summary>Entries that joined a title already holding another platform's entry (the sum over titles of platforms - 1).</summary>
    public int MergedPairs { get; init; }

    /// <summary>Merged titles whose platforms gave different release years (fuzzy year matches).</summary>
    public int MergedWithDifferentYears { get; init; }

    /// <summary>Titles with a critic score (Rotten Tomatoes or IMDb).</summary>
    public int TitlesWithScores { get; init; }

    /// <summary>Movies with a MovieLens rating count.</summary>
    public int TitlesWithAudienceRatings { get; init; }

    public string ToMarkdown()
    {
        var md = new StringBuilder();
        Line(md, "# Catalog ingest report");
        Line(md, "");
        Line(md, "| platform | rows read | accepted | repaired rows | rejected | fatal error |");
        Line(md, "|---|---:|---:|---:|---:|---|");
        foreach (var p in Platforms)
            Line(md, $"| {p.Platform} | {p.RowsRead} | {p.Accepted} | {p.RowsRepaired} | {p.Rejected} | {Cell(p.FatalError ?? "")} |");
        Line(md, "");
        Line(md, $"- titles after merge: {TitlesAfterMerge}");
        Line(md, $"- titles on 2+ platforms: {TitlesOnTwoOrMorePlatforms} (3+: {TitlesOnThreeOrMorePlatforms})");
        Line(md, $"- merged pairs: {MergedPairs} ({MergedWithDifferentYears} titles merged across different years)");
        Line(md, $"- titles enriched with scores: {TitlesWithScores}");
        Line(md, $"- movies with MovieLens rating counts: {TitlesWithAudienceRatings}");
        foreach (var p in Platforms)
            PlatformDetails(md, p);
        return md.ToString();
    }

    private static void PlatformDetails(StringBuilder md, PlatformIngestSummary p)
    {
        if (p.Repairs.Count == 0 && p.Rejections.Count == 0 && p.UnknownGenreLabels.Count == 0)
            return;
        Line(md, "");
        Line(md, $"## {p.Platform}");
        Tallies(md, "Repairs", p.Repairs);
        Tallies(md, "Rejections", p.Rejections);
        Tallies(md, "Unknown genre labels", p.UnknownGenreLabels);
    }

    private static void Tallies(StringBuilder md, string heading, IReadOnlyList<IssueTally> tallies)
    {
        if (tallies.Count == 0)
            return;
        Line(md, "");
        Line(md, $"{heading}:");
        Line(md, "");
        foreach (var t in tallies)
        {
            var examples = t.Examples.Count == 0 ? "" : ": " + string.Join("; ", t.Examples.Select(e => "`" + e.Replace('`', '\'') + "`"));
            Line(md, $"- {Cell(t.Key)} ({t.Count}){examples}");
        }
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");

    private static void Line(StringBuilder md, string text) => md.Append(CultureInfo.InvariantCulture, $"{text}\n");
}
