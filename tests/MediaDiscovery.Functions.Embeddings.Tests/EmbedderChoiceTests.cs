using MediaDiscovery.Aws.Bedrock;
using MediaDiscovery.Aws.OpenSearch;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Encoders;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MediaDiscovery.Functions.Embeddings.Tests;

/// <summary>The Embeddings function alone, as deployed: its embedder chosen by <c>Embeddings:Model</c>, the index sized to it.</summary>
public sealed class EmbedderChoiceTests : IDisposable
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("md-embedder-choice-").FullName;

    // The OpenSearch client signs requests, so it looks for credentials when it is made; no request is sent here.
    public EmbedderChoiceTests()
    {
        Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE");
        Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", "secret");
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", null);
        Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", null);
        Directory.Delete(dataDirectory, recursive: true);
    }

    private WebApplicationFactory<Program> Function(params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Storage:DataDirectory", dataDirectory);
            builder.UseSetting("OpenSearch:Endpoint", "http://127.0.0.1:9");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            foreach (var (key, value) in settings)
                builder.UseSetting(key, value);
        });

    /// <summary>The mapping the function would create: its knn_vector dimension.</summary>
    private static int IndexDimension(IServiceProvider services) =>
        OpenSearchIndexDefinition.Build(services.GetRequiredService<OpenSearchTransport>().Options.Dimensions)["mappings"]!
            ["properties"]!["embedding"]!["dimension"]!.GetValue<int>();

    [Fact]
    public void The_sentence_encoder_sizes_the_index_to_its_vectors()
    {
        using var function = Function(("Embeddings:Model", "arctic-embed-xs"));

        var embedder = function.Services.GetRequiredService<IEmbedder>();

        Assert.IsType<OnnxSentenceEncoder>(embedder);
        Assert.Equal(ArcticEmbedXs.Dimensions, embedder.Dimensions);
        Assert.Equal(embedder.Dimensions, IndexDimension(function.Services));
    }

    [Fact]
    public void Titan_is_the_default_and_sizes_the_index_to_its_configured_dimensions()
    {
        using var function = Function(("Bedrock:Dimensions", "512"));

        var embedder = function.Services.GetRequiredService<IEmbedder>();

        Assert.IsType<BedrockTitanEmbedder>(embedder);
        Assert.Equal(512, IndexDimension(function.Services));
    }

    [Fact]
    public void An_index_dimension_that_does_not_fit_the_embedder_fails_loudly()
    {
        using var function = Function(("Embeddings:Model", "arctic-embed-xs"), ("OpenSearch:Dimensions", "1024"));

        var error = Assert.Throws<InvalidOperationException>(() => function.Services.GetRequiredService<OpenSearchTransport>());
        Assert.Contains("OpenSearch:Dimensions is 1024", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_model_fails_the_start()
    {
        using var function = Function(("Embeddings:Model", "glove"));

        var error = Assert.ThrowsAny<Exception>(() => function.Services);
        Assert.Contains("Embeddings:Model 'glove'", error.ToString(), StringComparison.Ordinal);
    }
}
