using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Ports;

namespace MediaDiscovery.Benchmarks;

/// <summary>Benchmarks measure the pipeline, not a consumer: changes go nowhere.</summary>
public sealed class DiscardingPublisher : IContentChangePublisher
{
    public Task PublishAsync(IReadOnlyList<ContentChange> changes, CancellationToken ct = default) => Task.CompletedTask;
}
