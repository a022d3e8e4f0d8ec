using MediaDiscovery.Hosting;

namespace MediaDiscovery.Functions.Recommendations;

/// <summary>
/// The Recommendations Lambda: this function alone, run by the Lambda Web Adapter. Sealed rather than static, so
/// tests can name it as <c>WebApplicationFactory&lt;Program&gt;</c>'s entry point.
/// </summary>
public sealed class Program
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.Services.AddRecommendationsFunction(builder.Configuration);
        var app = builder.Build();
        app.UseServiceDefaults();
        app.MapRecommendationsFunction();
        app.Run();
    }
}
