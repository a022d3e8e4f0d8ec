using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Core.Indexing;

/// <summary>
/// The Embeddings function's work: for the titles a batch of content changes names, load each title, embed it
/// only when its embedding text changed (content hash), and index it. Reports failures per title, so one bad
/// record never fails a whole batch (SQS partial batch responses).
/// </summary>
/// <param name="text">What is embedded per title (default <see cref="EmbeddingText.For"/>); the stored hash covers it
/// and the model id, so a change of either re-embeds.</param>
public sealed class ContentIndexer(ICatalogStore store, IEmbedder embedder, ISearchIndexWriter index, Func<Title, string>? text = null)
{
    private readonly Func<Title, string> textOf = text ?? EmbeddingText.For;

    public sealed record Outcome(int Indexed, int Embedded, int Reused, IReadOnlyDictionary<string, string> Failed);

    public async Task<Outcome> IndexAsync(IReadOnlyList<string> titleIds, CancellationToken ct = default)
    {
        var failed = new Dictionary<string, string>(StringComparer.Ordinal);
        var titles = new List<Title>();
        foreach (var id in titleIds.Distinct(StringComparer.Ordinal))
        {
            var title = TitleIds.IsWellFormed(id) ? await store.GetAsync(id, ct) : null;
            if (title is null)
                failed[id] = "unknown title";
            else
                titles.Add(title);
        }
        if (titles.Count == 0)
            return new Outcome(0, 0, 0, failed);

        var stored = await index.GetEmbeddingHashesAsync(titles.Select(t => t.Id).ToList(), ct);
        var stale = titles.Where(t => !stored.TryGetValue(t.Id, out var h) || h != HashOf(t)).ToList();
        var vectors = await EmbedAsync(stale, failed, ct);

        var documents = titles
            .Where(t => !failed.ContainsKey(t.Id))
            .Select(t => new IndexedTitle(t, vectors.GetValueOrDefault(t.Id), HashOf(t), embedder.ModelId))
            .ToList();
        foreach (var (id, why) in await index.IndexAsync(documents, ct))
            failed[id] = why;
        return new Outcome(documents.Count(d => !failed.ContainsKey(d.Title.Id)), vectors.Count, titles.Count - stale.Count, failed);
    }

    /// <summary>The embedded text's hash under this model: the same text embedded by another model is stale too.</summary>
    public string HashOf(Title title) => EmbeddingText.Hash(embedder.ModelId + "\n" + textOf(title));

    private async Task<Dictionary<string, float[]>> EmbedAsync(List<Title> titles, Dictionary<string, string> failed, CancellationToken ct)
    {
        var vectors = new Dictionary<string, float[]>(StringComparer.Ordinal);
        if (titles.Count == 0)
            return vectors;
        try
        {
            var embedded = await embedder.EmbedBatchAsync(titles.Select(textOf).ToList(), ct);
            for (var i = 0; i < titles.Count; i++)
                vectors[titles[i].Id] = embedded[i];
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The embedding service failing fails these titles (they are retried), not the batch.
            foreach (var t in titles)
                failed[t.Id] = "embedding failed: " + e.Message;
        }
        return vectors;
    }
}
