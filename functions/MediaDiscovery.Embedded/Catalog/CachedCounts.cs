using MediaDiscovery.Core.Ports;

namespace MediaDiscovery.Embedded.Catalog;

/// <summary>Counts as computed while the store's write generation was <paramref name="Generation"/>.</summary>
internal sealed record CachedCounts(long Generation, CatalogCounts Counts);
