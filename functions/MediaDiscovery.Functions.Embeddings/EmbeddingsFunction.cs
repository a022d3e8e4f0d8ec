using MediaDiscovery.Aws.Bedrock;
using MediaDiscovery.Aws.OpenSearch;
using MediaDiscovery.Core.Indexing;
using MediaDiscovery.Core.Search;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Encoders;
using MediaDiscovery.Hosting;

namespace MediaDiscovery.Functions.Embeddings;

/// <summary>
/// The Embeddings function: consumes content-change messages from SQS, (re)embeds the changed titles with the
/// configured model (<c>Embeddings:Model</c>: <c>bedrock-titan</c>, the default, or <c>arctic-embed-xs</c> run in
/// process) and writes them to the OpenSearch titles index, whose vector dimension follows the model.
/// </summary>
public static class EmbeddingsFunction
{
    public static IServiceCollection AddEmbeddingsFunction(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddCatalog(configuration);
        // The model is checked now; options are read when first resolved, so a host that replaces these services
        // needs no AWS settings.
        var model = EmbeddingModels.Choose(configuration["Embeddings:Model"], EmbeddingModels.BedrockTitan, EmbeddingModels.BedrockTitan, EmbeddingModels.ArcticEmbedXs);
        services.AddSingleton<IEmbedder>(_ => model == EmbeddingModels.ArcticEmbedXs ? Encoder(configuration) : Titan(configuration));
        services.AddSingleton(sp =>
        {
            var openSearch = configuration.GetSection("OpenSearch").Get<OpenSearchOptions>()
                ?? throw new InvalidOperationException("OpenSearch:Endpoint is required by the Embeddings function.");
            var embedder = sp.GetRequiredService<IEmbedder>();
            openSearch = openSearch.FollowingEmbedder(embedder.Dimensions, embedder.ModelId, configuration.GetValue<int?>("OpenSearch:Dimensions"));
            return new OpenSearchTransport(OpenSearchTransport.CreateHttpClient(openSearch), openSearch, sp.GetRequiredService<TimeProvider>());
        });
        // The index and the RRF pipeline are created (idempotently) before this instance first touches the index.
        services.AddSingleton<ISearchIndexWriter>(sp =>
        {
            var transport = sp.GetRequiredService<OpenSearchTransport>();
            return new InstallingSearchIndexWriter(
                new OpenSearchSearchIndexWriter(transport, sp.GetRequiredService<TimeProvider>()),
                new OpenSearchIndexInstaller(transport));
        });
        // A small encoder embeds name and synopsis best (ADR 0013); Titan gets the whole description of the title.
        services.AddSingleton(sp => new ContentIndexer(sp.GetRequiredService<ICatalogStore>(), sp.GetRequiredService<IEmbedder>(),
            sp.GetRequiredService<ISearchIndexWriter>(), model == EmbeddingModels.ArcticEmbedXs ? EmbeddingText.NameAndDescription : null));
        services.AddSingleton<SqsContentChangeHandler>();
        return services;
    }

    /// <summary>The same encoder and title text the LocalHost uses: the index must match what Search encodes.</summary>
    private static OnnxSentenceEncoder Encoder(IConfiguration configuration)
    {
        var options = configuration.GetSection("Embeddings").Get<SentenceEncoderOptions>() ?? new SentenceEncoderOptions();
        options.Validate();
        return OnnxSentenceEncoder.ArcticEmbedXs(options);
    }

    private static BedrockTitanEmbedder Titan(IConfiguration configuration)
    {
        var bedrock = configuration.GetSection("Bedrock").Get<BedrockTitanOptions>() ?? new BedrockTitanOptions();
        return new BedrockTitanEmbedder(BedrockTitanEmbedder.CreateHttpClient(bedrock), bedrock);
    }

    public static IEndpointRouteBuilder MapEmbeddingsFunction(this IEndpointRouteBuilder app, string eventsPath = "/events") =>
        app.MapEmbeddingsApi(eventsPath);
}
