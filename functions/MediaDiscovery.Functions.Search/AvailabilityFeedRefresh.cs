using MediaDiscovery.Core.Availability.Feed;
using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Ports;

namespace MediaDiscovery.Functions.Search;

/// <summary>Tells the changes feed that titles or availability changed, so its next read rebuilds.</summary>
public sealed class AvailabilityFeedRefresh(AvailabilityFeed feed) : IContentChangeConsumer
{
    public Task HandleAsync(IReadOnlyList<ContentChange> changes, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Any(c => c.Kind != ContentChangeKind.AvailabilityPriceChanged))
            feed.Invalidate();
        return Task.CompletedTask;
    }
}
