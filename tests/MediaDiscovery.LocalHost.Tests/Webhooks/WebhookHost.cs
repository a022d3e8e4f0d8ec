using System.Net;
using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Catalog.Sync;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Embedded.Webhooks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MediaDiscovery.LocalHost.Tests.Webhooks;

/// <summary>
/// A LocalHost with the demo catalog that accepts webhooks signed with <see cref="SignedWebhooks.Secret"/> from
/// netflix and hulu (hulu during a rotation: either of two secrets; disney-plus has none configured), on the real
/// embedded stores (SQLite catalog, change log, user store, webhook queue).
/// </summary>
public sealed class WebhookHost : IAsyncDisposable
{
    private readonly LocalHostFactory root = new();

    public WebhookHost(Action<IServiceCollection>? services = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        Factory = root.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Webhooks:Secrets:netflix:0", SignedWebhooks.Secret);
            builder.UseSetting("Webhooks:Secrets:hulu:0", SignedWebhooks.OtherSecret);
            builder.UseSetting("Webhooks:Secrets:hulu:1", SignedWebhooks.Secret);
            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
                builder.UseSetting(key, value);
            if (services is not null)
                builder.ConfigureTestServices(services);
        });
    }

    public WebApplicationFactory<Program> Factory { get; }

    public IAvailabilityChangeLog Changes => Factory.Services.GetRequiredService<IAvailabilityChangeLog>();

    public IUserStore Users => Factory.Services.GetRequiredService<IUserStore>();

    public ErrorLogCounter ErrorLogs => root.ErrorLogs;

    public ICatalogStore Store => Factory.Services.GetRequiredService<ICatalogStore>();

    public SqliteWebhookQueue Queue => Factory.Services.GetRequiredService<SqliteWebhookQueue>();

    /// <summary>
    /// Serves the host on a real loopback port (a browser or a proxy needs one), waits until it is ready, and returns
    /// the client for it and its address. Call before anything else touches <see cref="Factory"/>.
    /// </summary>
    public async Task<(HttpClient Client, Uri Address)> ListenOnLoopbackAsync()
    {
        Factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var client = await ReadyClientAsync();
        var address = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (client, new Uri(address.TrimEnd('/') + "/"));
    }

    public async Task<HttpClient> ReadyClientAsync()
    {
        var client = Factory.CreateClient();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            // Ready only counts once the start-up sync has committed its catalog version: before that the indexes
            // may pass readiness while still empty.
            if (await Store.GetMetadataAsync(CatalogSync.CatalogVersionKey) is not null
                && (await client.GetAsync(new Uri("/ready", UriKind.Relative))).IsSuccessStatusCode)
                return client;
            await Task.Delay(50);
        }
        throw new TimeoutException("The LocalHost did not load its catalog within 60 s.");
    }

    public async Task<Title> TitleAsync(string name)
    {
        await foreach (var title in Store.ListAllAsync())
        {
            if (title.Name == name)
                return title;
        }
        throw new InvalidOperationException($"'{name}' is not in the demo catalog.");
    }

    /// <summary>Waits until the queue has nothing left to deliver.</summary>
    public async Task DrainedAsync(TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while ((await Queue.CountsAsync()).Pending > 0)
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException("The webhook queue did not drain.");
            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await root.DisposeAsync();
    }
}
