using BenchmarkDotNet.Attributes;
using MediaDiscovery.Core.Catalog.Ingestion;
using MediaDiscovery.Core.Intent;

namespace MediaDiscovery.Benchmarks.Intent;

/// <summary>Rules extraction of one query over the real catalog's gazetteer (mean over a mix of phrasings).</summary>
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
[MemoryDiagnoser]
public class IntentExtractionBenchmarks
{
    private static readonly string[] Queries =
    [
        "90s sci-fi movies with Keanu Reeves",
        "romantic comedies under 100 minutes on netflix",
        "what should I watch tonight? something scary",
        "shows like The Office",
        "korean thrillers from the last 5 years",
        "kid friendly animated movies, not too long, rated PG or lower",
        "documentaries on hulu about music",
        "films by Steven Spielberg from before 1990",
        "Stranger Things",
        "a heartwarming story about friendship and loss",
    ];

    private IntentGazetteer gazetteer = null!;
    private RulesIntentExtractor extractor = null!;

    [GlobalSetup]
    public void Setup()
    {
        gazetteer = IntentGazetteer.Build(RealCatalogTable.Load(), CatalogTaxonomy.Default);
        extractor = new RulesIntentExtractor(gazetteer, TimeProvider.System);
    }

    [Benchmark(OperationsPerInvoke = 10)]
    public int ExtractOneQuery()
    {
        var filters = 0;
        foreach (var query in Queries)
            filters += extractor.Extract(query, gazetteer).Filters.Genres.Count;
        return filters;
    }
}
