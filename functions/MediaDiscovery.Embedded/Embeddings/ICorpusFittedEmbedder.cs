using MediaDiscovery.Core.Ports;

namespace MediaDiscovery.Embedded.Embeddings;

/// <summary>
/// An embedder with state learnt from the corpus it serves (e.g. SIF's common component). Queries and documents
/// must go through the same state, so the state is stored with the document vectors and restored with them.
/// </summary>
public interface ICorpusFittedEmbedder : IEmbedder
{
    bool IsFitted { get; }

    void Fit(IEnumerable<string> corpus, CancellationToken ct = default);

    byte[] ExportFittedState();

    /// <summary>Restores state from <see cref="ExportFittedState"/>; false (state unchanged) if it does not fit this model.</summary>
    bool TryImportFittedState(ReadOnlySpan<byte> state);
}
