namespace MediaDiscovery.LocalHost.Tests;

/// <summary>One LocalHost with the demo catalog, shared by the read-only tests.</summary>
public sealed class DemoCatalogFixture : IAsyncLifetime
{
    public LocalHostFactory Factory { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync() => Client = await Factory.CreateReadyClientAsync();

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
