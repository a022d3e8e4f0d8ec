using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using MediaDiscovery.Core.Catalog.Ingestion;
using MediaDiscovery.Core.Intent;
using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Benchmarks.Intent;

/// <summary>Building the intent gazetteer from the real catalog (what a catalog change costs the Intent function).</summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class GazetteerBuildBenchmarks
{
    private TitleTable table = null!;

    [GlobalSetup]
    public void Setup() => table = RealCatalogTable.Load();

    [Benchmark]
    public int BuildFromRealCatalog() => IntentGazetteer.Build(table, CatalogTaxonomy.Default).PersonCount;
}
