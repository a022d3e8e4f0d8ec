using System.Text.Json;
using MediaDiscovery.Core.Catalog.Ingestion;
using static MediaDiscovery.Core.Tests.Catalog.Ingestion.FeedCsv;

namespace MediaDiscovery.Core.Tests.Catalog.Ingestion;

public sealed class IngestReportTests
{
    private static IngestReport Report()
    {
        var netflix = Read(Feed(
            Row(showId: "s1", title: "Cheers", type: "TV Show", year: "1992", rating: "11 Seasons", duration: ""),
            Row(showId: "s2", title: "A"), Row(showId: "s3", title: "B", type: "Podcast"), Row(showId: "s4", title: "C", type: "Radio"),
            Row(showId: "s5", title: "D", type: "Zine"), Row(showId: "s6", title: "E", type: "Blog"),
            Row(showId: "s7", title: "F", listedIn: "Basket Weaving")));
        var hulu = Read(Feed(Row(showId: "s1", title: "Cheers", type: "TV Show", year: "1982", duration: "11 Seasons", rating: "TV-PG")), "hulu");
        var broken = Read("nonsense\n", "prime-video");
        return Pipeline.Merge([netflix, hulu, broken], scores: null).Report;
    }

    [Fact]
    public void Counts_rows_repairs_and_rejections_per_platform_with_three_examples()
    {
        var netflix = Report().Platforms.Single(p => p.Platform == "netflix");
        Assert.Equal(7, netflix.RowsRead);
        Assert.Equal(3, netflix.Accepted);
        Assert.Equal(1, netflix.RowsRepaired);
        var repair = Assert.Single(netflix.Repairs);
        Assert.Equal((RepairKinds.DurationInRatingColumn, 1), (repair.Key, repair.Count));
        Assert.Equal(["line 2: s1"], repair.Examples);
        Assert.Equal(4, netflix.Rejected);
        var unknownType = Assert.Single(netflix.Rejections);
        Assert.Equal((RejectionReasons.UnknownType, 4, 3), (unknownType.Key, unknownType.Count, unknownType.Examples.Count));
        Assert.Equal("line 4: s3,Podcast,B", unknownType.Examples[0]);
        Assert.Equal("Basket Weaving", Assert.Single(netflix.UnknownGenreLabels).Key);
    }

    [Fact]
    public void Counts_merged_titles_and_reports_a_fatal_feed()
    {
        var report = Report();
        Assert.Equal(3, report.TitlesAfterMerge);
        Assert.Equal(1, report.TitlesOnTwoOrMorePlatforms);
        Assert.Equal(1, report.MergedPairs);
        Assert.Equal(1, report.MergedWithDifferentYears);
        var prime = report.Platforms.Single(p => p.Platform == "prime-video");
        Assert.StartsWith("unexpected header", prime.FatalError, StringComparison.Ordinal);
        Assert.Equal(0, prime.Accepted);
    }

    [Fact]
    public void Renders_as_markdown_with_a_row_per_platform()
    {
        var markdown = Report().ToMarkdown();
        Assert.Contains("| netflix | 7 | 3 | 1 | 4 |  |", markdown, StringComparison.Ordinal);
        Assert.Contains("- titles after merge: 3", markdown, StringComparison.Ordinal);
        Assert.Contains("- unknown type (4): `line 4: s3,Podcast,B`", markdown, StringComparison.Ordinal);
        Assert.Contains("unexpected header", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialises_to_json_as_plain_data()
    {
        var report = Report();
        var json = JsonSerializer.Serialize(report);
        var back = JsonSerializer.Deserialize<IngestReport>(json)!;
        Assert.Equal(report.TitlesAfterMerge, back.TitlesAfterMerge);
        Assert.Equal(report.Platforms.Count, back.Platforms.Count);
        Assert.Equal(report.Platforms[0].Rejections[0].Examples, back.Platforms[0].Rejections[0].Examples);
    }
}
