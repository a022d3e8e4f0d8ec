using MediaDiscovery.Core.Ports;
using MediaDiscovery.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MediaDiscovery.Functions.Recommendations.Tests;

/// <summary>The Recommendations function alone, in memory: a small catalog, an in-memory user store and a stand-in engine.</summary>
public sealed class RecommendationsFunctionFactory : WebApplicationFactory<Program>
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("md-recs-").FullName;

    public static readonly Core.Catalog.Title Matrix = SampleTitles.Movie("The Matrix", 1999, ("netflix", "s1"));
    public static readonly Core.Catalog.Title Office = SampleTitles.Series("The Office", 2005, ("hulu", "s2"), ("netflix", "s3"));
    public static readonly Core.Catalog.Title Fargo = SampleTitles.Movie("Fargo", 1996, ("hulu", "s4"));

    public InMemoryCatalogStore Catalog { get; } = new();

    public FakeUserStore Users { get; } = new();

    public FakeRecommendationEngine Engine { get; } = new();

    public DateTimeOffset Now { get; set; } = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    /// <summary>Leave the engine out, as a deployment without one.</summary>
    public bool WithoutEngine { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:DataDirectory", dataDirectory);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureTestServices(services =>
        {
            Catalog.PutAsync([new TitleWrite(Matrix, 0), new TitleWrite(Office, 0), new TitleWrite(Fargo, 0)]).GetAwaiter().GetResult();
            services.AddSingleton<ICatalogStore>(Catalog);
            services.AddSingleton<IUserStore>(Users);
            services.AddSingleton<TimeProvider>(new FixedClock(() => Now));
            if (!WithoutEngine)
            {
                services.AddSingleton<IRecommender>(Engine);
                services.AddSingleton<IRecommendationTraining>(Engine);
            }
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(dataDirectory))
            Directory.Delete(dataDirectory, recursive: true);
    }
}
