using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Embedded.Search;

namespace MediaDiscovery.Functions.Search;

/// <summary>
/// The embedded backend's embedder, what it embeds of each title and the retrieval weights measured for it; or no
/// embedder, with <see cref="Failure"/> saying why when one was asked for and could not be loaded.
/// </summary>
public sealed record LocalEmbedder(IEmbedder? Embedder, Func<Title, string> TitleText, HybridRetrievalOptions Retrieval, string? Failure = null);
