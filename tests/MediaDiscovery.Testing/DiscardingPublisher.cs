using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Ports;

namespace MediaDiscovery.Testing;

/// <summary>For ingesting a catalog with no one to tell (tests, the evaluation commands): content changes go nowhere.</summary>
public sealed class DiscardingPublisher : IContentChangePublisher
{
    public Task PublishAsync(IReadOnlyList<ContentChange> changes, CancellationToken ct = default) => Task.CompletedTask;
}
