using System.Diagnostics;
using Microsoft.Extensions.Logging;
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
/// <param name="text">What to embed per title; default <see cref="EmbeddingText.For"/>. Its hash decides reuse.</param>
/// <param name="logger">Progress of long builds (a sentence encoder takes minutes over a full catalog).</param>
public sealed partial class TitleVectorPipeline(IEmbedder embedder, string dataDirectory, Func<Title, string>? text = null, ILogger? logger = null)
{
    private readonly Func<Title, string> textOf = text ?? EmbeddingText.For;

    /// <summary>Titles per call to the embedder: large enough for its own batching, small enough to report progress.</summary>
    private const int ChunkSize = 1024;

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
        var texts = titles.Select(textOf).ToArray();
        var hashes = texts.Select(EmbeddingText.Hash).ToArray();
        var stored = TitleVectorStore.TryRead(StorePath, embedder.ModelId, embedder.Dimensions);
        var refitted = false;
        if (embedder is ICorpusFittedEmbedder fitted
            && (stored is null || !ReusesAny(stored, titles, hashes) || !fitted.TryImportFittedState(stored.FittedState)))
        {
            // With nothing to reuse, fit anew: the state then matches the corpus actually embedded.
            fitted.Fit(texts, ct);
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
        await EmbedAsync(texts, toEmbed, vectors, ct).ConfigureAwait(false);

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

    /// <summary>
    /// Longest texts first, in chunks: texts of one chunk have similar lengths, so an encoder that pads a batch to its
    /// longest text wastes little, and the early chunks tell the slowest rate, so "time left" only gets better.
    /// Vectors are rounded as the store keeps them, so a warm start serves exactly what this build served.
    /// </summary>
    private async Task EmbedAsync(string[] texts, List<int> ordinals, float[]?[] vectors, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var done = 0;
        foreach (var chunk in ordinals.OrderByDescending(i => texts[i].Length).ThenBy(i => i).Chunk(ChunkSize))
        {
            var embedded = await embedder.EmbedBatchAsync(chunk.Select(i => texts[i]).ToList(), ct).ConfigureAwait(false);
            for (var n = 0; n < chunk.Length; n++)
                vectors[chunk[n]] = IsZero(embedded[n]) ? null : TitleVectorStore.RoundToStored(embedded[n]);
            done += chunk.Length;
            if (logger is not null && ordinals.Count > ChunkSize)
            {
                var rate = done / Math.Max(clock.Elapsed.TotalSeconds, 1e-3);
                LogProgress(logger, embedder.ModelId, done, ordinals.Count, rate, (ordinals.Count - done) / rate);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Embedding titles with {Model}: {Done}/{Total} ({Rate:0} per second, {SecondsLeft:0} s left)")]
    private static partial void LogProgress(ILogger logger, string model, int done, int total, double rate, double secondsLeft);

    private void Save(IReadOnlyList<Title> titles, string[] hashes, float[]?[] vectors)
    {
        var byId = new Dictionary<string, StoredTitleVector>(titles.Count, StringComparer.Ordinal);
        for (var i = 0; i < titles.Count; i++)
            byId[titles[i].Id] = new StoredTitleVector(hashes[i], vectors[i]);
        var state = embedder is ICorpusFittedEmbedder fitted ? fitted.ExportFittedState() : [];
        TitleVectorStore.Write(StorePath, new StoredTitleVectors(embedder.ModelId, embedder.Dimensions, state, byId));
    }

    private static bool ReusesAny(StoredTitleVectors stored, IReadOnlyList<Title> titles, string[] hashes)
    {
        for (var i = 0; i < titles.Count; i++)
        {
            if (stored.ByTitleId.TryGetValue(titles[i].Id, out var known) && known.ContentHash == hashes[i])
                return true;
        }
        return false;
    }

    private static bool IsZero(float[] vector) => !vector.AsSpan().ContainsAnyExcept(0f);
}
