using MediaDiscovery.Core.Catalog;
using MediaDiscovery.LocalHost.Tests.Security;
using Microsoft.Extensions.DependencyInjection;

namespace MediaDiscovery.LocalHost.Tests;

/// <summary>
/// One LocalHost with the demo catalog for the user and recommendation endpoints: the SQLite user store and the
/// real recommendation engine, as the LocalHost composes them.
/// </summary>
public sealed class UserDataFixture : IAsyncLifetime
{
    public LocalHostFactory Factory { get; } = new();

    /// <summary>An administrator's client: may act for any user and train.</summary>
    public HttpClient Admin { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Admin = await Factory.CreateReadyClientAsync();
        Admin.DefaultRequestHeaders.Authorization = TestTokens.Bearer(TestTokens.For("ops", "admin"));
    }

    /// <summary>A client whose token is the user's own.</summary>
    public HttpClient ClientFor(string userId)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = TestTokens.Bearer(TestTokens.For(userId));
        return client;
    }

    public async Task<List<Title>> TitlesAsync(Func<Title, bool> predicate, int count)
    {
        var found = new List<Title>();
        await foreach (var title in Factory.Services.GetRequiredService<Core.Ports.ICatalogStore>().ListAllAsync())
        {
            if (predicate(title))
                found.Add(title);
            if (found.Count == count)
                break;
        }
        return found;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
