namespace MediaDiscovery.Embedded.Embeddings;

/// <summary>What a <see cref="TitleVectorPipeline"/> build did.</summary>
/// <param name="Embedded">Titles embedded in this build (new, changed, or everything after a model change).</param>
/// <param name="Reused">Titles whose stored vector matched their content hash.</param>
/// <param name="WithoutVector">Titles whose text has no known word (no row in the index).</param>
/// <param name="Refitted">The embedder's corpus state was learnt anew (so every title was embedded).</param>
public sealed record TitleVectorBuildReport(
    string ModelId,
    int Titles,
    int Embedded,
    int Reused,
    int WithoutVector,
    bool Refitted,
    TimeSpan Elapsed);
