using MediaDiscovery.Aws.Bedrock;
using MediaDiscovery.Aws.OpenSearch;
using MediaDiscovery.Core.Indexing;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Hosting;

namespace MediaDiscovery.Functions.Embeddings;

/// <summary>
/// The Embeddings function: consumes content-change messages from SQS, (re)embeds the changed titles with Bedrock
/// Titan and writes them to the OpenSearch titles index.
/// </summary>
public static class EmbeddingsFunction
{
    public static IServiceCollection AddEmbeddingsFunction(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddCatalog(configuration);
        // Options are read when first resolved, so a host that replaces these services needs no AWS settings.
        services.AddSingleton<IEmbedder>(_ =>
        {
            var bedrock = configuration.GetSection("Bedrock").Get<BedrockTitanOptions>() ?? new BedrockTitanOptions();
            return new BedrockTitanEmbedder(BedrockTitanEmbedder.CreateHttpClient(bedrock), bedrock);
        });
        services.AddSingleton(sp =>
        {
            var openSearch = configuration.GetSection("OpenSearch").Get<OpenSearchOptions>()
                ?? throw new InvalidOperationException("OpenSearch:Endpoint is required by the Embeddings function.");
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
        services.AddSingleton<ContentIndexer>();
        services.AddSingleton<SqsContentChangeHandler>();
        return services;
    }

    public static IEndpointRouteBuilder MapEmbeddingsFunction(this IEndpointRouteBuilder app, string eventsPath = "/events") =>
        app.MapEmbeddingsApi(eventsPath);
}
