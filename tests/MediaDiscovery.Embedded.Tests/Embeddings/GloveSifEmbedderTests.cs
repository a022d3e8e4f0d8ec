using System.Numerics.Tensors;
using MediaDiscovery.Embedded.Embeddings;

namespace MediaDiscovery.Embedded.Tests.Embeddings;

public sealed class GloveSifEmbedderTests : IDisposable
{
    // Rank order matters: "the" is most frequent, so it weighs least.
    private static readonly (string, float[])[] Rows =
    [
        ("the", [1f, 1f, 0f, 0f]),
        ("a", [1f, 0.9f, 0.1f, 0f]),
        ("ocean", [1f, 0f, 1f, 0f]),
        ("fish", [1f, 0f, 0.8f, 0.2f]),
        ("desert", [1f, 0f, 0f, 1f]),
        ("camel", [1f, 0.1f, 0f, 0.9f]),
    ];

    private readonly TempDirectory temp = new();
    private readonly GloveVectors vectors;

    public GloveSifEmbedderTests()
    {
        vectors = GloveVectors.TryLoad(new GloveVectorsOptions
        {
            PackageDirectory = TinyGlovePackage.Write(temp.File("package"), Rows),
            CacheDirectory = temp.File("cache"),
        }, out _)!;
    }

    public void Dispose() => temp.Dispose();

    private static readonly string[] Corpus = ["the ocean fish", "a fish in the ocean", "the desert camel", "a camel in a desert"];

    [Fact]
    public void Weighted_mean_uses_sif_weights_from_the_frequency_rank()
    {
        var embedder = new GloveSifEmbedder(vectors, new SifOptions { CommonComponents = 0 });
        var mean = new float[4];

        embedder.WeightedMean("The OCEAN unknownword", mean);

        var zipf = new ZipfWordProbability(Rows.Length);
        var wThe = (float)(1e-3 / (1e-3 + zipf.Of(0)));
        var wOcean = (float)(1e-3 / (1e-3 + zipf.Of(2)));
        float[] expected = [(wThe + wOcean) / 2, wThe / 2, wOcean / 2, 0];
        Assert.Equal(expected, mean, (x, y) => MathF.Abs(x - y) < 1e-3f);
        Assert.True(wThe < wOcean);
    }

    [Fact]
    public void Fitted_vectors_are_unit_length_and_orthogonal_to_the_removed_components()
    {
        var embedder = new GloveSifEmbedder(vectors, new SifOptions { CommonComponents = 1 });
        embedder.Fit(Corpus);

        var component = embedder.CommonComponents![0];
        Assert.Equal(1f, TensorPrimitives.Norm<float>(component), 3);
        // Every word shares the first axis: that is the common direction SIF removes.
        Assert.True(MathF.Abs(component[0]) > 0.8f);
        foreach (var text in Corpus.Append("fish"))
        {
            var v = embedder.Embed(text);
            Assert.Equal(1f, TensorPrimitives.Norm<float>(v), 3);
            Assert.Equal(0f, TensorPrimitives.Dot<float>(v, component), 3);
        }
    }

    [Fact]
    public void Related_texts_are_closer_after_removing_the_common_component()
    {
        var embedder = new GloveSifEmbedder(vectors, new SifOptions { CommonComponents = 1 });
        embedder.Fit(Corpus);

        var fish = embedder.Embed("fish");
        Assert.True(TensorPrimitives.Dot<float>(fish, embedder.Embed("ocean")) > TensorPrimitives.Dot<float>(fish, embedder.Embed("camel")));
        Assert.True(TensorPrimitives.Dot<float>(fish, embedder.Embed("camel")) < 0.5f);
    }

    [Fact]
    public void Principal_component_matches_the_dominant_direction()
    {
        var random = new Random(7);
        var direction = new[] { 0.6f, 0.8f, 0f };
        var points = Enumerable.Range(0, 500).Select(_ =>
        {
            var t = (float)(random.NextDouble() * 10 - 5);
            return new[] { t * 0.6f + Noise(random), t * 0.8f + Noise(random), Noise(random) };
        }).ToList();

        var top = PrincipalComponent.Top(points, 3, 2);

        Assert.Equal(1f, MathF.Abs(TensorPrimitives.Dot<float>(top[0], direction)), 2);
        Assert.Equal(0f, TensorPrimitives.Dot<float>(top[0], top[1]), 3);
    }

    private static float Noise(Random random) => (float)(random.NextDouble() - 0.5) * 0.1f;

    [Fact]
    public void Unknown_words_only_give_the_zero_vector()
    {
        var embedder = new GloveSifEmbedder(vectors);
        embedder.Fit(Corpus);

        Assert.All(embedder.Embed("nemo marlin 2003"), x => Assert.Equal(0f, x));
        Assert.All(embedder.Embed(""), x => Assert.Equal(0f, x));
    }

    [Fact]
    public void Unknown_compounds_count_as_their_parts()
    {
        var embedder = new GloveSifEmbedder(vectors, new SifOptions { CommonComponents = 0 });

        Assert.Equal(embedder.Embed("ocean fish"), embedder.Embed("ocean-fish"));
    }

    [Fact]
    public void An_unfitted_embedder_refuses_rather_than_embedding_inconsistently()
    {
        var embedder = new GloveSifEmbedder(vectors);

        Assert.False(embedder.IsFitted);
        Assert.Throws<InvalidOperationException>(() => embedder.Embed("fish"));
    }

    [Fact]
    public void Fitted_state_round_trips_into_a_new_instance()
    {
        var fitted = new GloveSifEmbedder(vectors);
        fitted.Fit(Corpus);
        var restored = new GloveSifEmbedder(vectors);

        Assert.True(restored.TryImportFittedState(fitted.ExportFittedState()));
        Assert.Equal(fitted.Embed("a fish in the desert"), restored.Embed("a fish in the desert"));
        Assert.False(new GloveSifEmbedder(vectors, new SifOptions { CommonComponents = 1 }).TryImportFittedState(fitted.ExportFittedState()));
        Assert.False(restored.TryImportFittedState([1, 2, 3]));
    }
}
