using System.Net;
using MediaDiscovery.LocalHost.Tests.Webhooks;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

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
        Host.Factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        await Host.ReadyClientAsync();
        var address = Host.Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        prism = await PrismProxy.StartAsync(RepositoryRoot.Find(), new Uri(address));
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
