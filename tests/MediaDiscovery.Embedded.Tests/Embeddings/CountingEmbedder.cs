using MediaDiscovery.Core.Ports;

namespace MediaDiscovery.Embedded.Tests.Embeddings;

/// <summary>A deterministic fake: counts texts embedded; texts containing "blank" embed to the zero vector.</summary>
public sealed class CountingEmbedder(string modelId = "counting-v1") : IEmbedder
{
    public string ModelId => modelId;

    public int Dimensions => 3;

    public int Embedded { get; private set; }

    public Task<float[]> EmbedAsync(string text, CancellationToken ct = default)
    {
        Embedded++;
        if (text.Contains("blank", StringComparison.Ordinal))
            return Task.FromResult(new float[3]);
        var h = (uint)text.GetHashCode(StringComparison.Ordinal);
        return Task.FromResult(new[] { 1f + (h & 0xFF), (h >> 8) & 0xFF, (h >> 16) & 0xFF });
    }

    public async Task<IReadOnlyList<float[]>> EmbedBatchAsync(IReadOnlyList<string> texts, CancellationToken ct = default)
    {
        var result = new List<float[]>();
        foreach (var text in texts)
            result.Add(await EmbedAsync(text, ct));
        return result;
    }
}
