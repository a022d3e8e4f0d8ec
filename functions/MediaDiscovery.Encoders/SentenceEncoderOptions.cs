namespace MediaDiscovery.Encoders;

/// <summary>How the local sentence encoder runs (configuration section <c>Embeddings</c>).</summary>
public sealed record SentenceEncoderOptions
{
    /// <summary>The model package's assembly; null = <c>models/</c> beside this assembly, where the build puts it.</summary>
    public string? ModelPath { get; set; }

    /// <summary>Token limit per text (the model's own is 512); longer texts are truncated.</summary>
    public int MaxTokens { get; set; } = 512;

    /// <summary>Texts per model run when embedding many (sorted by length first, so padding stays small).</summary>
    public int BatchSize { get; set; } = 32;

    /// <summary>Batches run at once; each run uses <see cref="IntraOpThreads"/> threads.</summary>
    public int Workers { get; set; } = Environment.ProcessorCount;

    /// <summary>
    /// Threads inside one model run. One: queries are short, and concurrent requests (or batch workers) already keep
    /// every core busy, where a second thread per run would only contend.
    /// </summary>
    public int IntraOpThreads { get; set; } = 1;

    /// <summary>
    /// Queries encoded together when requests arrive at once (dynamic batching on <see cref="Workers"/> threads);
    /// 1 encodes each query alone on its caller's thread. 8 measured best with 4 and 16 close (docs/benchmarks.md): the
    /// dev set's query mix with every cache off went from 505 to 634 searches/s and its p99 fell.
    /// </summary>
    public int QueryBatchSize { get; set; } = 8;

    /// <summary>Fails loudly on a value that cannot work instead of running with a surprise.</summary>
    public void Validate()
    {
        if (MaxTokens is < 8 or > ArcticEmbedXs.MaxPositions)
            throw new ArgumentOutOfRangeException(nameof(MaxTokens), MaxTokens, $"Embeddings:MaxTokens must be 8-{ArcticEmbedXs.MaxPositions}.");
        if (BatchSize is < 1 or > 1024)
            throw new ArgumentOutOfRangeException(nameof(BatchSize), BatchSize, "Embeddings:BatchSize must be 1-1024.");
        if (Workers is < 1 or > 64)
            throw new ArgumentOutOfRangeException(nameof(Workers), Workers, "Embeddings:Workers must be 1-64.");
        if (QueryBatchSize is < 1 or > 256)
            throw new ArgumentOutOfRangeException(nameof(QueryBatchSize), QueryBatchSize, "Embeddings:QueryBatchSize must be 1-256.");
        if (IntraOpThreads is < 1 or > 64)
            throw new ArgumentOutOfRangeException(nameof(IntraOpThreads), IntraOpThreads, "Embeddings:IntraOpThreads must be 1-64.");
    }
}
