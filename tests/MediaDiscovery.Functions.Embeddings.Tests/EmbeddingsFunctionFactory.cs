using MediaDiscovery.Core.Ports;
using MediaDiscovery.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MediaDiscovery.Functions.Embeddings.Tests;

/// <summary>The Embeddings function in memory, with the catalog, embedder and index replaced by fakes (no AWS).</summary>
public sealed class EmbeddingsFunctionFactory : WebApplicationFactory<Program>
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("md-embeddings-").FullName;

    internal InMemoryCatalogStore Store { get; } = new();

    internal CountingEmbedder Embedder { get; } = new();

    internal InMemorySearchIndexWriter Index { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:DataDirectory", dataDirectory);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<ICatalogStore>(Store);
            services.AddSingleton<IEmbedder>(Embedder);
            services.AddSingleton<ISearchIndexWriter>(Index);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(dataDirectory))
            Directory.Delete(dataDirectory, recursive: true);
    }
}
