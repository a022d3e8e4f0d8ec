using Microsoft.Extensions.Hosting;

namespace MediaDiscovery.Hosting.Recommendations;

/// <summary>A hosted service that does nothing: stands in when a conditional background job is not needed.</summary>
internal sealed class NoBackgroundWork : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
