using MediaDiscovery.Hosting;

namespace MediaDiscovery.PlatformSimulator;

/// <summary>
/// The platform simulator on its own: <c>dotnet run --project functions/MediaDiscovery.PlatformSimulator --
/// --Simulator:CatalogDirectory &lt;dir&gt; --urls http://127.0.0.1:5090</c>; platforms are then at
/// <c>/simulator/{platform}</c>. (The LocalHost serves the same API itself.)
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.Services.AddPlatformSimulator(builder.Configuration);
        var app = builder.Build();
        app.UseServiceDefaults();
        app.MapPlatformSimulator();
        app.Run();
    }
}
