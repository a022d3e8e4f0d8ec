using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using MediaDiscovery.Core.Catalog.Ingestion;
using MediaDiscovery.Core.Catalog.Sync;
using MediaDiscovery.Embedded.Catalog;
using MediaDiscovery.Embedded.Feeds;

namespace MediaDiscovery.Benchmarks.Catalog;

/// <summary>
/// The full ingest of the four real catalogs: parse + validate + merge + enrich in memory, and the whole
/// sync into a fresh SQLite file (what a first LocalHost start with <c>--catalog</c> does).
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class CatalogIngestBenchmarks
{
    private CatalogDirectory directory = null!;
    private CatalogIngestion ingestion = null!;
    private Dictionary<string, byte[]> feeds = null!;
    private ScoreTable scores = null!;
    private string databaseDirectory = null!;

    [GlobalSetup]
    public void Setup()
    {
        directory = CatalogDirectory.Discover(SharedCatalogs.Directory);
        ingestion = new CatalogIngestion(CatalogTaxonomy.Default, IngestionLimits.Default);
        feeds = directory.Feeds.ToDictionary(f => f.Platform, f => File.ReadAllBytes(f.Location));
        scores = directory.ReadEnrichment()!;
    }

    [Benchmark]
    public int ParseAndMerge()
    {
        var results = feeds.Select(f => ingestion.ReadFeed(f.Key, new MemoryStream(f.Value))).ToList();
        return ingestion.Merge(results, scores).Titles.Count;
    }

    [IterationSetup(Target = nameof(FullIngestIntoSqlite))]
    public void FreshDatabase() => databaseDirectory = Directory.CreateTempSubdirectory("md-bench-").FullName;

    [Benchmark]
    public async Task<int> FullIngestIntoSqlite()
    {
        using var store = await SqliteCatalogStore.OpenAsync(Path.Combine(databaseDirectory, "catalog.db"));
        var sync = new CatalogSync(store, ingestion, new DiscardingPublisher(), TimeProvider.System, new CatalogSyncOptions());
        var sources = new CatalogSources(directory.Feeds, _ => Task.FromResult(directory.ReadEnrichment()));
        var report = await sync.TryRunAsync(sources, "benchmark", force: true);
        return report!.TitlesAdded;
    }

    [IterationCleanup(Target = nameof(FullIngestIntoSqlite))]
    public void DropDatabase() => Directory.Delete(databaseDirectory, recursive: true);
}
