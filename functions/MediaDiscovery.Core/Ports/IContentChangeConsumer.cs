using MediaDiscovery.Core.Catalog;

namespace MediaDiscovery.Core.Ports;

/// <summary>Reacts to published content changes (embeddings, caches); must be idempotent.</summary>
public interface IContentChangeConsumer
{
    Task HandleAsync(IReadOnlyList<ContentChange> changes, CancellationToken ct = default);
}
