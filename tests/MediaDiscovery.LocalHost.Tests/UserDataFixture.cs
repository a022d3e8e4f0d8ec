using MediaDiscovery.Core.Ports;
using MediaDiscovery.Functions.Recommendations.Tests;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MediaDiscovery.LocalHost.Tests;

/// <summary>
/// One LocalHost with the demo catalog for the user and recommendation endpoints. The recommendation engine is a
/// stand-in that recommends <see cref="Engine"/>'s titles (the engine is composed separately).
/// </summary>
public sealed class UserDataFixture : IAsyncLifetime
{
    public LocalHostFactory Factory { get; } = new();

    public FakeRecommendationEngine Engine { get; } = new();

    public FakeUserStore Users { get; } = new();

    public WebApplicationFactory<Program> App { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App = Factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IUserStore>(Users);
            services.AddSingleton<IRecommender>(Engine);
            services.AddSingleton<IRecommendationTraining>(Engine);
        }));
        Client = App.CreateClient();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!(await Client.GetAsync(new Uri("/ready", UriKind.Relative))).IsSuccessStatusCode)
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException("The LocalHost did not load its catalog within 60 s.");
            await Task.Delay(50);
        }
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Factory.DisposeAsync();
    }
}
