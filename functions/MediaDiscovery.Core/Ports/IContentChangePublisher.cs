using MediaDiscovery.Core.Catalog;

namespace MediaDiscovery.Core.Ports;

/// <summary>Publishes content changes (in-process queue locally, SQS in AWS) for embeddings and caches.</summary>
public interface IContentChangePublisher
{
    Task PublishAsync(IReadOnlyList<ContentChange> changes, CancellationToken ct = default);
}
