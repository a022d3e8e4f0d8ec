using MediaDiscovery.Core.Ports;
using MediaDiscovery.Embedded.Caching;
using MediaDiscovery.Hosting.Caching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MediaDiscovery.Hosting.Tests.Caching;

/// <summary><c>Cache:Backend</c> picks the response cache; a value it does not know fails the start.</summary>
public sealed class QueryCacheServicesTests
{
    [Theory]
    [InlineData(null, typeof(InMemoryQueryCache))]
    [InlineData("memory", typeof(InMemoryQueryCache))]
    [InlineData("None", typeof(NoQueryCache))]
    public void Backend_is_the_configured_one(string? backend, Type expected)
    {
        using var provider = Build(backend).BuildServiceProvider();

        Assert.IsType(expected, provider.GetRequiredService<IQueryCache>());
    }

    [Fact]
    public void An_unknown_backend_fails_with_the_valid_values()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build("memcached"));

        Assert.Contains("memory, redis or none", error.Message);
        Assert.Contains("memcached", error.Message);
    }

    [Fact]
    public async Task The_none_backend_never_answers_from_memory()
    {
        var cache = new NoQueryCache();

        await cache.SetAsync("k", [1, 2, 3], TimeSpan.FromMinutes(1));

        Assert.Null(await cache.GetAsync("k"));
    }

    private static IServiceCollection Build(string? backend)
    {
        var settings = new Dictionary<string, string?>();
        if (backend is not null)
            settings["Cache:Backend"] = backend;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddSingleton(TimeProvider.System).AddQueryCache(configuration);
    }
}
