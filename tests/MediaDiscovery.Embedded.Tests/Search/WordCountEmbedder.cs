using MediaDiscovery.Core.Ports;

namespace MediaDiscovery.Embedded.Tests.Search;

/// <summary>A toy embedder: one dimension per vocabulary word, counting occurrences.</summary>
public sealed class WordCountEmbedder(params string[] vocabulary) : IEmbedder
{
    public string ModelId => "word-count";

    public int Dimensions => vocabulary.Length;

    public Task<float[]> EmbedAsync(string text, CancellationToken ct = default)
    {
        var words = text.ToLowerInvariant().Split(' ', ',', '.');
        return Task.FromResult(vocabulary.Select(v => (float)words.Count(w => w == v)).ToArray());
    }

    public async Task<IReadOnlyList<float[]>> EmbedBatchAsync(IReadOnlyList<string> texts, CancellationToken ct = default)
    {
        var vectors = new List<float[]>();
        foreach (var text in texts)
            vectors.Add(await EmbedAsync(text, ct));
        return vectors;
    }
}
