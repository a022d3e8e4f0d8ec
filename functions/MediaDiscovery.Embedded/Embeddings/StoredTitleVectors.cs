namespace MediaDiscovery.Embedded.Embeddings;

/// <summary>What <see cref="TitleVectorStore"/> holds: one model's title vectors by title id, and its fitted state.</summary>
internal sealed record StoredTitleVectors(
    string ModelId,
    int Dimensions,
    byte[] FittedState,
    IReadOnlyDictionary<string, StoredTitleVector> ByTitleId);

/// <summary>A title's vector (null = its text embeds to nothing) and the hash of the text it came from.</summary>
internal sealed record StoredTitleVector(string ContentHash, float[]? Vector);
