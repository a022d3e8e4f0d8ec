using MediaDiscovery.Core.Ports;

namespace MediaDiscovery.Functions.Embeddings.Tests;

/// <summary>An embedder that records every text it embeds, so tests can count (re)embeddings.</summary>
internal sealed class CountingEmbedder : IEmbedder
{
    private readonly List<string> embedded = [];

    public string ModelId => "counting:3";

    public int Dimensions => 3;

    public IReadOnlyList<string> Embedded
    {
        get
        {
            lock (embedded)
                return embedded.ToList();
        }
    }

    public Task<float[]> EmbedAsync(string text, CancellationToken ct = default)
    {
        lock (embedded)
            embedded.Add(text);
        return Task.FromResult(new[] { 1f, 0f, 0f });
    }

    public async Task<IReadOnlyList<float[]>> EmbedBatchAsync(IReadOnlyList<string> texts, CancellationToken ct = default)
    {
        var vectors = new List<float[]>();
        foreach (var text in texts)
            vectors.Add(await EmbedAsync(text, ct));
        return vectors;
    }
}
