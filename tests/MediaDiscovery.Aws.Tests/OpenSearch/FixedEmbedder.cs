using MediaDiscovery.Core.Ports;

namespace MediaDiscovery.Aws.Tests.OpenSearch;

/// <summary>An embedder that answers one vector for any text, or fails like a model outage.</summary>
internal sealed class FixedEmbedder(float[]? vector) : IEmbedder
{
    public string ModelId => "fixed";

    public int Dimensions => vector?.Length ?? 3;

    public Task<float[]> EmbedAsync(string text, CancellationToken ct = default) =>
        vector is null ? Task.FromException<float[]>(new HttpRequestException("model unavailable")) : Task.FromResult(vector);

    public async Task<IReadOnlyList<float[]>> EmbedBatchAsync(IReadOnlyList<string> texts, CancellationToken ct = default) =>
        await Task.WhenAll(texts.Select(t => EmbedAsync(t, ct)));
}
