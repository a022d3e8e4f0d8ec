using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Embedded.Changes;

namespace MediaDiscovery.Hosting.ContentChanges;

/// <summary>
/// Publishes to the durable queue (SQS: other functions, such as Embeddings, consume it) and then to this
/// instance's in-process queue, so that its own consumers (query cache invalidation) still hear of the change.
/// The durable publish comes first: if it fails, the caller sees the failure before anything local happened.
/// </summary>
public sealed class FanOutContentChangePublisher(IContentChangePublisher durable, InProcessContentChangeQueue local)
    : IContentChangePublisher
{
    public IContentChangePublisher Durable => durable;

    public async Task PublishAsync(IReadOnlyList<ContentChange> changes, CancellationToken ct = default)
    {
        await durable.PublishAsync(changes, ct);
        await local.PublishAsync(changes, ct);
    }
}
