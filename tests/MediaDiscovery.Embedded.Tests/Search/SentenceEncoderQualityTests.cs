using MediaDiscovery.Core.Search;
using MediaDiscovery.Embedded.Embeddings;
using MediaDiscovery.Embedded.Search;
using MediaDiscovery.Encoders;
using Xunit.Abstractions;

namespace MediaDiscovery.Embedded.Tests.Search;

/// <summary>
/// The known-item and typo sets through the hybrid retriever over the real catalog with the sentence encoder's title
/// vectors and weights, as the LocalHost wires them by default, against lexical-only and vector-only retrieval.
/// The catalog is embedded once per run (about a minute on two cores; <c>MD_TEST_VECTORS</c> names a directory
/// to keep the vectors between runs). Floors sit at what was measured, so a regression fails.
/// </summary>
public sealed class SentenceEncoderQualityTests(SentenceEncoderQualityTests.Indexes indexes, ITestOutputHelper output)
    : IClassFixture<SentenceEncoderQualityTests.Indexes>
{
    public sealed class Indexes : IDisposable
    {
        private readonly TempDirectory directory = new();

        public Indexes()
        {
            var table = RealCatalog.Table;
            if (table is null)
                return;
            Encoder = OnnxSentenceEncoder.ArcticEmbedXs();
            var vectors = Environment.GetEnvironmentVariable("MD_TEST_VECTORS") ?? directory.Path;
            var index = new TitleVectorPipeline(Encoder, vectors, EmbeddingText.NameAndDescription).BuildAsync(table, CancellationToken.None).GetAwaiter().GetResult();
            Lexical = InMemoryLexicalIndex.Build(table);
            Snapshot = new SearchIndexSnapshot(table, Lexical, new FuzzyTitleMatcher(table), index);
        }

        public OnnxSentenceEncoder? Encoder { get; }

        public InMemoryLexicalIndex? Lexical { get; }

        public SearchIndexSnapshot? Snapshot { get; }

        public void Dispose()
        {
            Lexical?.Dispose();
            Encoder?.Dispose();
            directory.Dispose();
        }
    }

    private static string Set(string name) => Path.Combine(AppContext.BaseDirectory, "sets", name);

    private Task<RankingQuality> MeasureAsync(string kind, RetrievalMode mode, string? set = null, HybridRetrievalOptions? options = null)
    {
        var snapshot = indexes.Snapshot ?? throw new InvalidOperationException(Testing.SharedData.MissingMessage);
        var retriever = new EmbeddedRetriever(new FixedIndexes(snapshot), indexes.Encoder, options ?? HybridRetrievalOptions.SentenceEncoder);
        return RetrievalQuality.MeasureAsync(retriever, snapshot.Titles, kind, mode, set is null ? null : Set(set), output);
    }

    /// <summary>
    /// Measured, dev: 0.633 (s@1 0.5, s@10 0.8), lexical 0.458, vector 0.450 (GloVe's vectors: 0.400); authored (81
    /// queries): 0.578, with GloVe's vectors the same retriever measured 0.511.
    /// </summary>
    [Theory]
    [InlineData(null, 0.63)]
    [InlineData("known-item-extra.jsonl", 0.57)]
    public async Task Hybrid_beats_each_single_mode_on_known_items(string? set, double floor)
    {
        RealCatalog.Require();
        var hybrid = await MeasureAsync("known-item", RetrievalMode.Hybrid, set);
        var lexical = await MeasureAsync("known-item", RetrievalMode.Lexical, set);
        var vector = await MeasureAsync("known-item", RetrievalMode.Vector, set);

        Assert.True(hybrid.MrrAt10 >= floor, hybrid.ToString());
        Assert.True(hybrid.MrrAt10 > lexical.MrrAt10, $"hybrid {hybrid} <= lexical {lexical}");
        Assert.True(hybrid.MrrAt10 > vector.MrrAt10, $"hybrid {hybrid} <= vector {vector}");
    }

    /// <summary>ADR 0012's ablation with these vectors: score fusion against rank fusion and against re-ranking BM25's top 100.</summary>
    [Fact]
    public async Task Score_fusion_beats_rank_fusion_and_reranking_bm25_alone_on_both_sets()
    {
        RealCatalog.Require();
        var rankFusion = HybridRetrievalOptions.SentenceEncoder with { ScoreFusion = null, VectorWeight = 1.0 };
        var rerankBm25 = HybridRetrievalOptions.SentenceEncoder with { VectorDepth = 0 };
        var dev = await MeasureAsync("known-item", RetrievalMode.Hybrid);
        var devRanks = await MeasureAsync("known-item", RetrievalMode.Hybrid, options: rankFusion);
        var devRerank = await MeasureAsync("known-item", RetrievalMode.Hybrid, options: rerankBm25);
        var authored = await MeasureAsync("known-item", RetrievalMode.Hybrid, "known-item-extra.jsonl");
        var authoredRanks = await MeasureAsync("known-item", RetrievalMode.Hybrid, "known-item-extra.jsonl", rankFusion);
        var authoredRerank = await MeasureAsync("known-item", RetrievalMode.Hybrid, "known-item-extra.jsonl", rerankBm25);

        // Measured: score fusion 0.633 / 0.578; RRF (k = 60, vectors weighted as BM25) 0.483 / 0.493; BM25 top 100 re-ranked
        // by the same features (no vector candidates) 0.633 / 0.577: the vectors bring few titles BM25 misses, their cosine does the work.
        Assert.True(dev.MrrAt10 > devRanks.MrrAt10 && authored.MrrAt10 > authoredRanks.MrrAt10, $"RRF {devRanks} / {authoredRanks}");
        Assert.True(dev.MrrAt10 >= devRerank.MrrAt10 && authored.MrrAt10 >= authoredRerank.MrrAt10, $"re-ranked BM25 {devRerank} / {authoredRerank}");
    }

    [Fact]
    public async Task Sequels_keep_their_place_and_misspelt_titles_are_found()
    {
        RealCatalog.Require();
        var sequels = await MeasureAsync("known-item", RetrievalMode.Hybrid, "known-item-sequels.jsonl");
        var typos = await MeasureAsync("title-typo", RetrievalMode.Hybrid, "title-typo-extra.jsonl");
        var devTypos = await MeasureAsync("title-typo", RetrievalMode.Hybrid);

        // Measured: sequels 0.600; authored typos s@1 0.92, s@10 1.0; dev typos s@1 1.0.
        Assert.True(sequels.MrrAt10 >= 0.6, sequels.ToString());
        Assert.True(typos.SuccessAt1 >= 0.92 && typos.SuccessAt10 >= 0.96, typos.ToString());
        Assert.True(devTypos.SuccessAt10 >= 1.0, devTypos.ToString());
    }
}
