using System.Numerics.Tensors;
using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Search;
using MediaDiscovery.Embedded.Embeddings;

namespace MediaDiscovery.Embedded.Tests.Embeddings;

public sealed class TitleVectorPipelineTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private static Title Title(string id, string name, string description) =>
        new() { Id = id, Name = name, Type = ContentType.Movie, Description = description };

    private static TitleTable Table(params Title[] titles) => TitleTable.Build(titles, 1);

    private static readonly TitleTable Catalog = Table(
        Title("t_b", "Finding Nemo", "a fish in the ocean"),
        Title("t_a", "Lawrence of Arabia", "a camel in the desert"),
        Title("t_c", "Untitled", "blank"));

    [Fact]
    public async Task First_build_embeds_every_title_at_its_ordinal()
    {
        var embedder = new CountingEmbedder();
        var build = await new TitleVectorPipeline(embedder, temp.Path).BuildWithReportAsync(Catalog, CancellationToken.None);

        Assert.Equal((3, 0, 1), (build.Report.Embedded, build.Report.Reused, build.Report.WithoutVector));
        Assert.Equal(3, build.Index.Count);
        Assert.Equal(2, build.Index.Populated);
        Catalog.TryGetOrdinal("t_c", out var blank);
        Assert.False(build.Index.Has(blank));
        Catalog.TryGetOrdinal("t_b", out var nemo);
        var expected = await embedder.EmbedAsync(EmbeddingText.For(Catalog.Find("t_b")!));
        Assert.Equal(1f, TensorPrimitives.CosineSimilarity(expected, build.Index.Row(nemo)), 4);
        Assert.True(File.Exists(Path.Combine(temp.Path, "vectors-counting-v1.bin")));
    }

    [Fact]
    public async Task A_later_run_reuses_unchanged_titles_and_embeds_changed_and_new_ones()
    {
        await new TitleVectorPipeline(new CountingEmbedder(), temp.Path).BuildAsync(Catalog, CancellationToken.None);
        var changed = Table(
            Title("t_b", "Finding Nemo", "a clownfish crosses the ocean"),
            Catalog.Find("t_a")!,
            Catalog.Find("t_c")!,
            Title("t_d", "Up", "balloons lift a house"));

        var embedder = new CountingEmbedder();
        var build = await new TitleVectorPipeline(embedder, temp.Path).BuildWithReportAsync(changed, CancellationToken.None);

        Assert.Equal((2, 2, 1), (build.Report.Embedded, build.Report.Reused, build.Report.WithoutVector));
        Assert.Equal(2, embedder.Embedded);
        changed.TryGetOrdinal("t_a", out var arabia);
        var expected = await embedder.EmbedAsync(EmbeddingText.For(Catalog.Find("t_a")!));
        Assert.Equal(1f, TensorPrimitives.CosineSimilarity(expected, build.Index.Row(arabia)), 4);

        var unchanged = await new TitleVectorPipeline(new CountingEmbedder(), temp.Path).BuildWithReportAsync(changed, CancellationToken.None);
        Assert.Equal((0, 4), (unchanged.Report.Embedded, unchanged.Report.Reused));
    }

    [Fact]
    public async Task Another_model_embeds_everything_again()
    {
        await new TitleVectorPipeline(new CountingEmbedder("model-a"), temp.Path).BuildAsync(Catalog, CancellationToken.None);

        var other = await new TitleVectorPipeline(new CountingEmbedder("model-b"), temp.Path).BuildWithReportAsync(Catalog, CancellationToken.None);
        var first = await new TitleVectorPipeline(new CountingEmbedder("model-a"), temp.Path).BuildWithReportAsync(Catalog, CancellationToken.None);

        Assert.Equal((3, 0), (other.Report.Embedded, other.Report.Reused));
        Assert.Equal((0, 3), (first.Report.Embedded, first.Report.Reused));
    }

    [Fact]
    public async Task A_different_text_choice_embeds_everything_again()
    {
        await new TitleVectorPipeline(new CountingEmbedder(), temp.Path).BuildAsync(Catalog, CancellationToken.None);

        var build = await new TitleVectorPipeline(new CountingEmbedder(), temp.Path, t => t.Name).BuildWithReportAsync(Catalog, CancellationToken.None);

        Assert.Equal(3, build.Report.Embedded);
    }

    [Fact]
    public async Task A_fitted_embedder_keeps_its_stored_state_across_restarts()
    {
        var vectors = GloveVectors.TryLoad(new GloveVectorsOptions
        {
            PackageDirectory = TinyGlovePackage.Write(temp.File("package"),
            [
                ("the", [1f, 1f, 0f, 0f]), ("a", [1f, 0.9f, 0.1f, 0f]), ("in", [1f, 0.5f, 0.2f, 0.1f]),
                ("ocean", [1f, 0f, 1f, 0f]), ("fish", [1f, 0f, 0.8f, 0.2f]), ("desert", [1f, 0f, 0f, 1f]), ("camel", [1f, 0.1f, 0f, 0.9f]),
            ]),
            CacheDirectory = temp.File("cache"),
        }, out _)!;
        var options = new SifOptions { CommonComponents = 1 };
        var data = temp.File("data");
        var first = new GloveSifEmbedder(vectors, options);
        var built = await new TitleVectorPipeline(first, data, GloveSifEmbedder.TitleText).BuildWithReportAsync(Catalog, CancellationToken.None);

        var restarted = new GloveSifEmbedder(vectors, options);
        var rebuilt = await new TitleVectorPipeline(restarted, data, GloveSifEmbedder.TitleText).BuildWithReportAsync(Catalog, CancellationToken.None);

        Assert.True(built.Report.Refitted);
        Assert.False(rebuilt.Report.Refitted);
        Assert.Equal(3, rebuilt.Report.Reused);
        Assert.Equal(first.CommonComponents![0], restarted.CommonComponents![0]);
        Assert.Equal(first.Embed("fish in the ocean"), restarted.Embed("fish in the ocean"));
    }
}
