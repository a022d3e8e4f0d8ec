using MediaDiscovery.Hosting;

namespace MediaDiscovery.Functions.Webhooks;

/// <summary>The Webhooks Lambda: this function alone, run by the Lambda Web Adapter.</summary>
public static class Program
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.Services.AddWebhooksFunction(builder.Configuration);
        var app = builder.Build();
        app.UseServiceDefaults();
        app.MapWebhooksFunction();
        app.Run();
    }
}
