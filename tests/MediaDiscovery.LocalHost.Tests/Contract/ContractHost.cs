using MediaDiscovery.LocalHost.Tests.Webhooks;

namespace MediaDiscovery.LocalHost.Tests.Contract;

/// <summary>
/// The LocalHost with the demo catalog on a loopback port, accepting signed webhooks, behind a Prism proxy that
/// validates every exchange against the checked-in document; <see cref="Client"/> talks to the proxy.
/// </summary>
public sealed class ContractHost : IAsyncLifetime
{
    private PrismProxy? prism;

    public WebhookHost Host { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public string PrismLog => prism?.Log ?? "";

    public async Task InitializeAsync()
    {
        var (_, address) = await Host.ListenOnLoopbackAsync();
        prism = await PrismProxy.StartAsync(RepositoryRoot.Find(), address);
        Client = new HttpClient { BaseAddress = prism.Address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (prism is not null)
            await prism.DisposeAsync();
        await Host.DisposeAsync();
    }
}
