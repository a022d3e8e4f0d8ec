using MediaDiscovery.Hosting;

namespace MediaDiscovery.Functions.Embeddings;

/// <summary>The Embeddings Lambda: this function alone, run by the Lambda Web Adapter.</summary>
public static class Program
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
