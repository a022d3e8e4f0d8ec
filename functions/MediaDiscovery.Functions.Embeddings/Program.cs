using MediaDiscovery.Hosting;

namespace MediaDiscovery.Functions.Embeddings;

/// <summary>
/// The Embeddings Lambda: this function alone, run by the Lambda Web Adapter. Sealed rather than static, so tests
/// can name it as <c>WebApplicationFactory&lt;Program&gt;</c>'s entry point.
/// </summary>
public sealed class Program
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.Services.AddEmbeddingsFunction(builder.Configuration);
        var app = builder.Build();
        app.UseServiceDefaults();
        app.MapEmbeddingsFunction();
        app.Run();
    }
}
