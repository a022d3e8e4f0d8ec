using MediaDiscovery.Hosting;

namespace MediaDiscovery.Functions.Intent;

/// <summary>The Intent Lambda: this function alone, run by the Lambda Web Adapter.</summary>
public static class Program
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.Services.AddIntentFunction(builder.Configuration);
        var app = builder.Build();
        app.UseServiceDefaults();
        app.MapIntentFunction();
        app.Run();
    }
}
