using System.Diagnostics;
using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Search;
using MediaDiscovery.Embedded.Search;

namespace MediaDiscovery.Embedded.Embeddings;

/// <summary>
/// Turns a <see cref="TitleTable"/> into an <see cref="InMemoryVectorIndex"/> (row = ordinal) of
/// <see cref="EmbeddingText.For"/>, reusing vectors stored in <c>vectors-&lt;modelId&gt;.bin</c> whose content hash
/// is unchanged. A corpus-fitted embedder is fitted on the first build and its state stored with the vectors, so
/// later builds (and queries) keep the same state; only without stored vectors is it fitted again.
/// One build runs at a time; the returned index is never mutated afterwards.
/// </summary>
public sealed class TitleVectorPipeline(IEmbedder embedder, string dataDirectory)
{
    private const int BatchSize = 256;

    private readonly SemaphoreSlim oneBuild = new(1, 1);

    public IEmbedder Embedder => embedder;

    public string StorePath { get; } = TitleVectorStore.PathFor(dataDirectory, embedder.ModelId);

    /// <summary>The report of the last completed build, for logs and health output.</summary>
    public TitleVectorBuildReport? LastReport { get; private set; }

    public async Task<InMemoryVectorIndex> BuildAsync(TitleTable table, CancellationToken ct) =>
        (await BuildWithReportAsync(table, ct).ConfigureAwait(false)).Index;

    public async Task<TitleVectorBuild> BuildWithReportAsync(TitleTable table, CancellationToken ct)
    {
        await oneBuild.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var result = await Task.Run(() => BuildLockedAsync(table, ct), ct).ConfigureAwait(false);
            LastReport = result.Report;
            return result;
        }
        finally
        {
            oneBuild.Release();
        }
    }

    private async Task<TitleVectorBuild> BuildLockedAsync(TitleTable table, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var titles = table.Titles;
        var hashes = titles.Select(EmbeddingText.Hash).ToArray();
        var stored = TitleVectorStore.TryRead(StorePath, embedder.ModelId, embedder.Dimensions);
        var refitted = false;
        if (embedder is ICorpusFittedEmbedder fitted && (stored is null || !fitted.TryImportFittedState(stored.FittedState)))
        {
            fitted.Fit(titles.Select(EmbeddingText.For).ToList(), ct);
            stored = null; // vectors made under another state are not comparable
            refitted = true;
        }

        var vectors = new float[]?[titles.Count];
        var toEmbed = new List<int>();
        for (var i = 0; i < titles.Count; i++)
        {
            if (stored is not null && stored.ByTitleId.TryGetValue(titles[i].Id, out var known) && known.ContentHash == hashes[i])
                vectors[i] = known.Vector;
            else
                toEmbed.Add(i);
        }
        await EmbedAsync(titles, toEmbed, vectors, ct).ConfigureAwait(false);

        var index = new InMemoryVectorIndex(titles.Count, embedder.Dimensions, embedder.ModelId);
        for (var i = 0; i < titles.Count; i++)
        {
            if (vectors[i] is { } vector)
                index.Set(i, vector);
        }
        if (toEmbed.Count > 0 || stored is null || stored.ByTitleId.Count != titles.Count)
            Save(titles, hashes, vectors);
        var report = new TitleVectorBuildReport(embedder.ModelId, titles.Count, toEmbed.Count, titles.Count - toEmbed.Count,
            titles.Count - index.Populated, refitted, clock.Elapsed);
        return new TitleVectorBuild(index, report);
    }

    private async Task EmbedAsync(IReadOnlyList<Title> titles, List<int> ordinals, float[]?[] vectors, CancellationToken ct)
    {
        foreach (var batch in ordinals.Chunk(BatchSize))
        {
            var texts = batch.Select(i => EmbeddingText.For(titles[i])).ToList();
            var embedded = await embedder.EmbedBatchAsync(texts, ct).ConfigureAwait(false);
            for (var n = 0; n < batch.Length; n++)
                vectors[batch[n]] = IsZero(embedded[n]) ? null : embedded[n];
        }
    }

    private void Save(IReadOnlyList<Title> titles, string[] hashes, float[]?[] vectors)
    {
        var byId = new Dictionary<string, StoredTitleVector>(titles.Count, StringComparer.Ordinal);
        for (var i = 0; i < titles.Count; i++)
            byId[titles[i].Id] = new StoredTitleVector(hashes[i], vectors[i]);
        var state = embedder is ICorpusFittedEmbedder fitted ? fitted.ExportFittedState() : [];
        TitleVectorStore.Write(StorePath, new StoredTitleVectors(embedder.ModelId, embedder.Dimensions, state, byId));
    }

    private static bool IsZero(float[] vector) => !vector.AsSpan().ContainsAnyExcept(0f);
}
