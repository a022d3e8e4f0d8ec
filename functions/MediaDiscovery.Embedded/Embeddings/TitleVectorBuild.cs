using MediaDiscovery.Embedded.Search;

namespace MediaDiscovery.Embedded.Embeddings;

/// <summary>A built vector index and how it was built.</summary>
public sealed record TitleVectorBuild(InMemoryVectorIndex Index, TitleVectorBuildReport Report);
