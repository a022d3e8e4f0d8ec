using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Ports;

namespace MediaDiscovery.Hosting.ContentChanges;

/// <summary>Stands in for a consumer whose dependency this process does not have (no query cache, no user store).</summary>
internal sealed class NoConsumer : IContentChangeConsumer
{
    public static readonly NoConsumer Instance = new();

    public Task HandleAsync(IReadOnlyList<ContentChange> changes, CancellationToken ct = default) => Task.CompletedTask;
}
