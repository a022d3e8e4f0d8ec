namespace MediaDiscovery.Core.Ports;

/// <summary>Text to a unit-length vector (a local sentence encoder, or Bedrock Titan in AWS).</summary>
public interface IEmbedder
{
    /// <summary>Identifies model and version; stored with vectors so a model change re-embeds.</summary>
    string ModelId { get; }

    int Dimensions { get; }

    /// <summary>A document (a title's text) to its vector.</summary>
    Task<float[]> EmbedAsync(string text, CancellationToken ct = default);

    Task<IReadOnlyList<float[]>> EmbedBatchAsync(IReadOnlyList<string> texts, CancellationToken ct = default);

    /// <summary>
    /// A search query to its vector. Retrieval-trained encoders embed queries differently from documents (an
    /// instruction prefix); models without that distinction embed both alike.
    /// </summary>
    Task<float[]> EmbedQueryAsync(string query, CancellationToken ct = default) => EmbedAsync(query, ct);
}
