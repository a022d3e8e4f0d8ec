using System.Numerics.Tensors;
using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Search;
using MediaDiscovery.Embedded.Embeddings;
using MediaDiscovery.Encoders;

namespace MediaDiscovery.Embedded.Tests.Embeddings;

/// <summary>The title vector pipeline with the real sentence encoder: persisted, reused, re-embedded only where text changed.</summary>
public sealed class SentenceEncoderPipelineTests : IDisposable
{
    private static readonly Lazy<OnnxSentenceEncoder> Encoder = new(() => OnnxSentenceEncoder.ArcticEmbedXs());

    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private static Title Title(string id, string name, string description) =>
        new() { Id = id, Name = name, Type = ContentType.Movie, Description = description };

    private static readonly Title[] Titles =
    [
        Title("t_nemo", "Finding Nemo", "Marlin makes an epic journey to bring Nemo home when he's taken by divers."),
        Title("t_up", "Up", "An unlikely pair set to the sky for the adventure of their lives."),
        Title("t_crown", "The Crown", "This drama follows the political rivalries and romance of Queen Elizabeth II's reign."),
    ];

    private TitleVectorPipeline Pipeline() => new(Encoder.Value, temp.Path, EmbeddingText.NameAndDescription);

    [Fact]
    public async Task A_warm_start_re_embeds_nothing_and_serves_the_same_vectors()
    {
        var table = TitleTable.Build(Titles, 1);
        var first = await Pipeline().BuildWithReportAsync(table, CancellationToken.None);
        var warm = await Pipeline().BuildWithReportAsync(table, CancellationToken.None);

        Assert.Equal((3, 0), (first.Report.Embedded, first.Report.Reused));
        Assert.Equal((0, 3), (warm.Report.Embedded, warm.Report.Reused));
        for (var ordinal = 0; ordinal < table.Count; ordinal++)
            Assert.Equal(first.Index.Row(ordinal).ToArray(), warm.Index.Row(ordinal).ToArray());
    }

    [Fact]
    public async Task Changing_one_description_re_embeds_that_title_only()
    {
        await Pipeline().BuildAsync(TitleTable.Build(Titles, 1), CancellationToken.None);
        var changed = TitleTable.Build([Titles[0], Titles[1] with { Description = "An old man ties balloons to his house and flies it to South America." }, Titles[2]], 2);

        var build = await Pipeline().BuildWithReportAsync(changed, CancellationToken.None);

        Assert.Equal((1, 2), (build.Report.Embedded, build.Report.Reused));
        changed.TryGetOrdinal("t_up", out var up);
        var expected = await Encoder.Value.EmbedAsync(EmbeddingText.NameAndDescription(changed.Find("t_up")!));
        Assert.True(TensorPrimitives.CosineSimilarity(expected, build.Index.Row(up)) > 0.9999f);
    }
}
