using System.Diagnostics;
using System.Globalization;
using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Catalog.Ingestion;
using MediaDiscovery.Core.Catalog.Sync;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Embedded.Catalog;
using MediaDiscovery.Embedded.Feeds;
using MediaDiscovery.Testing;

namespace MediaDiscovery.Evaluation;

/// <summary>
/// Ingests a catalog directory into a fresh SQLite file exactly as the LocalHost's first start does, and
/// prints the ingest report and the time it took (<c>docs/catalog.md</c> is this output).
/// </summary>
public static class CatalogReportCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = new CommandLine(args);
        var directory = CatalogDirectory.Discover(options.Require("catalog"));
        var data = Directory.CreateTempSubdirectory("md-catalog-report-");
        try
        {
            var stopwatch = Stopwatch.StartNew();
            SyncReport report;
            using (var store = await SqliteCatalogStore.OpenAsync(Path.Combine(data.FullName, "catalog.db")))
            {
                var sync = new CatalogSync(store, new CatalogIngestion(CatalogTaxonomy.Default, IngestionLimits.Default),
                    new DiscardingPublisher(), TimeProvider.System, new CatalogSyncOptions());
                report = (await sync.TryRunAsync(Sources(directory), "evaluation", force: true))!;
            }
            var elapsed = stopwatch.Elapsed;
            var markdown = Render(directory, report, elapsed);
            Console.WriteLine(markdown);
            if (options.Get("out") is { } path)
                await File.WriteAllTextAsync(path, markdown);
            return report.Outcome == SyncOutcome.Applied ? 0 : 1;
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }

    private static CatalogSources Sources(CatalogDirectory directory) =>
        new(directory.Feeds, _ => Task.FromResult(directory.ReadEnrichment()));

    private static string Render(CatalogDirectory directory, SyncReport report, TimeSpan elapsed)
    {
        var lines = new List<string>
        {
            "# Catalog ingest report",
            "",
            $"Source: `{directory.Path}`; {report.Feeds.Count} feeds; outcome {report.Outcome}.",
            string.Create(CultureInfo.InvariantCulture, $"Full ingest into a fresh SQLite file (read, validate, repair, merge, enrich, write): {elapsed.TotalSeconds:F2} s wall."),
            string.Create(CultureInfo.InvariantCulture, $"Titles written: {report.TitlesAdded}; availability entries: {report.AvailabilityAdded}; write conflicts: {report.Conflicts}."),
            "",
        };
        if (report.Ingest is not null)
            lines.Add(report.Ingest.ToMarkdown());
        return string.Join('\n', lines);
    }
}
