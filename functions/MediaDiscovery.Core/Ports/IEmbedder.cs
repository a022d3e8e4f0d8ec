namespace MediaDiscovery.Core.Ports;

/// <summary>Text to a unit-length vector (a local word-vector model, or Bedrock Titan in AWS).</summary>
public interface IEmbedder
{
    /// <summary>Identifies model and version; stored with vectors so a model change re-embeds.</summary>
    string ModelId { get; }

    int Dimensions { get; }

    Task<float[]> EmbedAsync(string text, CancellationToken ct = default);

    Task<IReadOnlyList<float[]>> EmbedBatchAsync(IReadOnlyList<string> texts, CancellationToken ct = default);
}
