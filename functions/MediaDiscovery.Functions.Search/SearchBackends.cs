using MediaDiscovery.Aws.Bedrock;
using MediaDiscovery.Aws.OpenSearch;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Embedded.Embeddings;
using MediaDiscovery.Embedded.Search;
using MediaDiscovery.Encoders;
using MediaDiscovery.Hosting;
using MediaDiscovery.Hosting.Caching;

namespace MediaDiscovery.Functions.Search;

/// <summary>
/// Chooses retrieval and caching by configuration: <c>Search:Backend</c> = <c>embedded</c> (BM25 + title vectors
/// in memory; the default) or <c>opensearch</c> (a hybrid query through an RRF pipeline, Bedrock Titan
/// embeddings); <c>Cache:Backend</c> = <c>memory</c> (default) or <c>redis</c>. The embedded backend's vectors come
/// from <c>Embeddings:Model</c> (see <see cref="LocalEmbedders"/>).
/// </summary>
public static class SearchBackends
{
    public static IServiceCollection AddSearchBackends(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(d => d.ServiceType == typeof(IRetriever)))
            return services;
        if (string.Equals(configuration["Search:Backend"], "opensearch", StringComparison.OrdinalIgnoreCase))
            AddOpenSearch(services, configuration);
        else
            AddEmbedded(services, configuration);
        services.AddQueryCache(configuration);
        return services;
    }

    private static void AddEmbedded(IServiceCollection services, IConfiguration configuration)
    {
        var model = LocalEmbedders.ModelOf(configuration); // an unknown model fails here, at start
        services.AddSingleton(sp => LocalEmbedders.Load(model, configuration, sp.GetRequiredService<ILogger<SearchIndexes>>()));
        services.AddSingleton(sp =>
        {
            var dataDirectory = CatalogServices.DataDirectory(configuration);
            Directory.CreateDirectory(dataDirectory);
            var local = sp.GetRequiredService<LocalEmbedder>();
            var pipeline = local.Embedder is null ? null
                : new TitleVectorPipeline(local.Embedder, dataDirectory, local.TitleText, sp.GetRequiredService<ILogger<TitleVectorPipeline>>());
            return new SearchIndexes(
                sp.GetRequiredService<ICatalogStore>(),
                dataDirectory,
                pipeline is null ? null : async (table, ct) => await pipeline.BuildAsync(table, ct),
                lexicalEngine: configuration.GetValue("Search:Lexical:Engine", LexicalEngine.Memory));
        });
        services.AddSingleton<ISearchIndexSource>(sp => sp.GetRequiredService<SearchIndexes>());
        services.AddSingleton<IContentChangeConsumer>(sp => sp.GetRequiredService<SearchIndexes>());
        services.AddSingleton<IRetriever>(sp =>
        {
            var local = sp.GetRequiredService<LocalEmbedder>();
            return new EmbeddedRetriever(sp.GetRequiredService<SearchIndexes>(), local.Embedder, local.Retrieval);
        });
        services.AddSingleton<SnapshotTitleLookup>();
        services.AddSingleton<ITitleLookup>(sp => sp.GetRequiredService<SnapshotTitleLookup>());
        services.AddSingleton<ITitleSuggester>(sp => sp.GetRequiredService<SnapshotTitleLookup>());
        services.AddHostedService<SearchIndexWarmup>();
        services.AddHealthChecks()
            .AddCheck<SearchIndexHealthCheck>("search-indexes", tags: ["ready"])
            .AddCheck<LocalEmbedderHealthCheck>("embedder", tags: ["ready"]);
    }

    private static void AddOpenSearch(IServiceCollection services, IConfiguration configuration)
    {
        var openSearch = configuration.GetSection("OpenSearch").Get<OpenSearchOptions>()
            ?? throw new InvalidOperationException("OpenSearch:Endpoint is required when Search:Backend is opensearch.");
        // Queries must be embedded by the model that embedded the index (the Embeddings function reads the same key).
        var model = EmbeddingModels.Choose(configuration["Embeddings:Model"], EmbeddingModels.BedrockTitan, EmbeddingModels.BedrockTitan, EmbeddingModels.ArcticEmbedXs);
        services.AddSingleton<IEmbedder>(_ =>
        {
            if (model == EmbeddingModels.ArcticEmbedXs)
                return OnnxSentenceEncoder.ArcticEmbedXs(LocalEmbedders.EncoderOptions(configuration));
            var bedrock = configuration.GetSection("Bedrock").Get<BedrockTitanOptions>() ?? new BedrockTitanOptions();
            return new BedrockTitanEmbedder(BedrockTitanEmbedder.CreateHttpClient(bedrock), bedrock);
        });
        services.AddSingleton(sp =>
        {
            var embedder = sp.GetRequiredService<IEmbedder>();
            var options = openSearch.FollowingEmbedder(embedder.Dimensions, embedder.ModelId, configuration.GetValue<int?>("OpenSearch:Dimensions"));
            return new OpenSearchTransport(OpenSearchTransport.CreateHttpClient(options), options, sp.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton<IRetriever>(sp => new OpenSearchRetriever(sp.GetRequiredService<OpenSearchTransport>(), sp.GetRequiredService<IEmbedder>()));
        services.AddSingleton<ITitleLookup, StoreTitleLookup>();
        // Completion stays in memory: the titles come from the catalog store, not from OpenSearch.
        services.AddSingleton(sp => new StoreTitleSuggester(sp.GetRequiredService<ICatalogStore>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ITitleSuggester>(sp => sp.GetRequiredService<StoreTitleSuggester>());
        services.AddSingleton<IContentChangeConsumer>(sp => sp.GetRequiredService<StoreTitleSuggester>());
    }
}
