using MediaDiscovery.Core.Search;
using MediaDiscovery.Embedded.Embeddings;
using MediaDiscovery.Embedded.Search;
using Xunit.Abstractions;

namespace MediaDiscovery.Embedded.Tests.Search;

/// <summary>
/// The dev set's known-item and title-typo queries through the product's hybrid retriever over the real catalog
/// WITH GloVe SIF vectors (wired as the LocalHost wires them), against lexical-only and vector-only retrieval.
/// Floors sit at what the configuration measured, so a regression fails.
/// </summary>
public sealed class HybridDevSetQualityTests(HybridDevSetQualityTests.Indexes indexes, ITestOutputHelper output)
    : IClassFixture<HybridDevSetQualityTests.Indexes>
{
    /// <summary>Lexical index, fuzzy matcher and title vectors of the real catalog, built once in a temp directory.</summary>
    public sealed class Indexes : IDisposable
    {
        private readonly TempDirectory directory = new();

        public Indexes()
        {
            var table = RealCatalog.Table;
            var vectors = GloveVectors.TryLoad(
                new GloveVectorsOptions { CacheDirectory = Path.Combine(AppContext.BaseDirectory, "glove-cache") }, out _);
            if (table is null || vectors is null)
                return;
            Embedder = new GloveSifEmbedder(vectors);
            var pipeline = new TitleVectorPipeline(Embedder, directory.Path, GloveSifEmbedder.TitleText);
            var index = pipeline.BuildAsync(table, CancellationToken.None).GetAwaiter().GetResult();
            Lexical = InMemoryLexicalIndex.Build(table);
            Snapshot = new SearchIndexSnapshot(table, Lexical, new FuzzyTitleMatcher(table), index);
        }

        public GloveSifEmbedder? Embedder { get; }

        public InMemoryLexicalIndex? Lexical { get; }

        public SearchIndexSnapshot? Snapshot { get; }

        public void Dispose()
        {
            Lexical?.Dispose();
            directory.Dispose();
        }
    }

    /// <summary>The project's own known-item queries (tests/MediaDiscovery.Evaluation/sets), see docs/evaluation.md.</summary>
    private static readonly string AuthoredKnownItems = Path.Combine(AppContext.BaseDirectory, "sets", "known-item-extra.jsonl");

    /// <summary>Misspelt, shortened and unpunctuated titles.</summary>
    private static readonly string AuthoredTypos = Path.Combine(AppContext.BaseDirectory, "sets", "title-typo-extra.jsonl");

    /// <summary>Queries that describe a sequel or spin-off, not its original (ADR 0011).</summary>
    private static readonly string SequelKnownItems = Path.Combine(AppContext.BaseDirectory, "sets", "known-item-sequels.jsonl");

    private Task<RankingQuality> MeasureAsync(string kind, RetrievalMode mode, HybridRetrievalOptions? options = null, string? set = null)
    {
        var snapshot = indexes.Snapshot ?? throw new InvalidOperationException(Testing.SharedData.MissingMessage);
        return RetrievalQuality.MeasureAsync(new EmbeddedRetriever(new FixedIndexes(snapshot), indexes.Embedder, options), snapshot.Titles, kind, mode, set, output);
    }

    [Fact]
    public async Task Hybrid_beats_each_single_mode_on_known_items()
    {
        RealCatalog.Require();
        var hybrid = await MeasureAsync("known-item", RetrievalMode.Hybrid);
        var lexical = await MeasureAsync("known-item", RetrievalMode.Lexical);
        var vector = await MeasureAsync("known-item", RetrievalMode.Vector);

        // Measured 0.608 (s@1 0.5, s@10 0.8); lexical 0.442, vector 0.400.
        Assert.True(hybrid.MrrAt10 >= 0.6, hybrid.ToString());
        Assert.True(hybrid.SuccessAt10 >= 0.8, hybrid.ToString());
        Assert.True(hybrid.MrrAt10 >= lexical.MrrAt10, $"hybrid {hybrid} < lexical {lexical}");
        Assert.True(hybrid.MrrAt10 >= vector.MrrAt10, $"hybrid {hybrid} < vector {vector}");
    }

    [Fact]
    public async Task Hybrid_beats_each_single_mode_on_the_authored_known_items()
    {
        RealCatalog.Require();
        var hybrid = await MeasureAsync("known-item", RetrievalMode.Hybrid, set: AuthoredKnownItems);
        var lexical = await MeasureAsync("known-item", RetrievalMode.Lexical, set: AuthoredKnownItems);
        var vector = await MeasureAsync("known-item", RetrievalMode.Vector, set: AuthoredKnownItems);

        // 81 queries. Measured 0.511 (s@1 0.47, s@10 0.60); lexical 0.432, vector 0.260.
        Assert.True(hybrid.MrrAt10 >= 0.5, hybrid.ToString());
        Assert.True(hybrid.MrrAt10 > lexical.MrrAt10, $"hybrid {hybrid} <= lexical {lexical}");
        Assert.True(hybrid.MrrAt10 > vector.MrrAt10, $"hybrid {hybrid} <= vector {vector}");
    }

    [Fact]
    public async Task Score_fusion_beats_reciprocal_rank_fusion_on_both_known_item_sets()
    {
        RealCatalog.Require();
        var rankFusion = HybridRetrievalOptions.Default with { ScoreFusion = null };
        var devScores = await MeasureAsync("known-item", RetrievalMode.Hybrid);
        var devRanks = await MeasureAsync("known-item", RetrievalMode.Hybrid, rankFusion);
        var authoredScores = await MeasureAsync("known-item", RetrievalMode.Hybrid, set: AuthoredKnownItems);
        var authoredRanks = await MeasureAsync("known-item", RetrievalMode.Hybrid, rankFusion, AuthoredKnownItems);

        // ADR 0012. Measured: score fusion 0.608 / 0.511, RRF (k = 60, vector weight 0.3) 0.420 / 0.390.
        Assert.True(devScores.MrrAt10 > devRanks.MrrAt10, $"score fusion {devScores} <= RRF {devRanks}");
        Assert.True(authoredScores.MrrAt10 > authoredRanks.MrrAt10, $"score fusion {authoredScores} <= RRF {authoredRanks}");
    }

    [Fact]
    public async Task A_sequel_described_by_what_only_it_has_is_not_pushed_down_by_its_original()
    {
        RealCatalog.Require();
        var hybrid = await MeasureAsync("known-item", RetrievalMode.Hybrid, set: SequelKnownItems);

        // 10 queries. Measured 0.564 (s@1 0.5, s@10 0.7); placing originals before their derivatives measured 0.35.
        Assert.True(hybrid.MrrAt10 >= 0.55, hybrid.ToString());
        Assert.True(hybrid.SuccessAt1 >= 0.5, hybrid.ToString());
    }

    [Fact]
    public async Task The_authored_misspelt_titles_are_found_first()
    {
        RealCatalog.Require();
        var hybrid = await MeasureAsync("title-typo", RetrievalMode.Hybrid, set: AuthoredTypos);

        // 25 queries. Measured s@1 0.92 in process ("parasyte" and "the office us" find their title 2nd), s@10 1.0;
        // over HTTP 0.96 (the intent path reads "the office us" as a lookup).
        Assert.True(hybrid.SuccessAt1 >= 0.92, hybrid.ToString());
        Assert.True(hybrid.SuccessAt10 >= 0.96, hybrid.ToString());
    }

    [Fact]
    public async Task Misspelt_titles_are_still_found_with_vectors()
    {
        RealCatalog.Require();
        var hybrid = await MeasureAsync("title-typo", RetrievalMode.Hybrid);

        Assert.True(hybrid.SuccessAt1 >= 0.9, hybrid.ToString());
        Assert.True(hybrid.SuccessAt10 >= 0.9, hybrid.ToString());
    }
}
