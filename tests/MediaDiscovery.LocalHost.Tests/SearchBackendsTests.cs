using MediaDiscovery.Aws.OpenSearch;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Encoders;
using MediaDiscovery.Functions.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MediaDiscovery.LocalHost.Tests;

/// <summary>The Search function's OpenSearch backend encodes queries with the model that embedded the index.</summary>
public sealed class SearchBackendsTests
{
    private static ServiceProvider OpenSearchBackend(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(
            new Dictionary<string, string?> { ["Search:Backend"] = "opensearch", ["OpenSearch:Endpoint"] = "http://127.0.0.1:9" }
                .Concat(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))).Build();
        var services = new ServiceCollection().AddSingleton(TimeProvider.System).AddLogging();
        services.AddSearchBackends(configuration);
        return services.BuildServiceProvider();
    }

    [Fact]
    public void With_the_sentence_encoder_queries_and_index_share_its_384_dimensions()
    {
        using var provider = OpenSearchBackend(("Embeddings:Model", "arctic-embed-xs"));

        var embedder = Assert.IsType<OnnxSentenceEncoder>(provider.GetRequiredService<IEmbedder>());

        // The client signs requests, so it looks for credentials when it is made; nothing is sent.
        Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE");
        Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", "secret");
        try
        {
            Assert.Equal(ArcticEmbedXs.Dimensions, provider.GetRequiredService<OpenSearchTransport>().Options.Dimensions);
        }
        finally
        {
            Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", null);
            Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", null);
        }
        Assert.Equal(ArcticEmbedXs.Dimensions, embedder.Dimensions);
    }

    [Fact]
    public void A_model_the_backend_cannot_run_fails_at_composition()
    {
        var error = Assert.Throws<InvalidOperationException>(() => OpenSearchBackend(("Embeddings:Model", "glove")));
        Assert.Contains("Embeddings:Model 'glove'", error.Message, StringComparison.Ordinal);
    }
}
