using System.Globalization;
using FastBertTokenizer;
using MediaDiscovery.Core.Ports;
using Microsoft.ML.OnnxRuntime;

namespace MediaDiscovery.Encoders;

/// <summary>
/// A BERT-family sentence encoder run in process with ONNX Runtime: one session per encoder, created once and shared
/// by every thread (a session's Run is thread-safe). Texts are cleaned and truncated to the token limit; the CLS
/// token's final hidden state, L2-normalised, is the vector. Many texts are sorted by token count and run in batches
/// on <see cref="SentenceEncoderOptions.Workers"/> threads, so short texts are not padded to long ones. Text with
/// nothing in it embeds to the zero vector ("no vector").
/// </summary>
public sealed class OnnxSentenceEncoder : IEmbedder, IDisposable
{
    private static readonly string[] OutputNames = ["last_hidden_state"];
    private static readonly string[] InputNames = ["input_ids", "attention_mask"];
    private static readonly string[] InputNamesWithTypes = ["input_ids", "attention_mask", "token_type_ids"];

    // A run this large (a document batch) grows ONNX Runtime's arena by hundreds of megabytes that queries never use
    // again: such a run gives it back when it ends. Query batches stay far below it and keep the arena warm.
    private const int ShrinkArenaAboveTokens = 4096;

    private readonly InferenceSession session;
    private readonly BertTokenizer tokenizer = new();
    private readonly Lock tokenizing = new(); // the tokenizer keeps scratch state: one caller at a time
    private readonly SentenceEncoderOptions options;
    private readonly string queryInstruction;
    private readonly bool takesTokenTypes;
    private readonly QueryBatcher? queries;
    private long runs;

    private OnnxSentenceEncoder(byte[] model, TextReader vocabulary, string modelId, PackagedModel packaged, SentenceEncoderOptions options)
    {
        options.Validate();
        if (options.MaxTokens > packaged.MaxPositions)
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxTokens, $"{packaged.Name} takes at most {packaged.MaxPositions} tokens.");
        this.options = options;
        queryInstruction = packaged.QueryInstruction;
        ModelId = modelId;
        Dimensions = packaged.Dimensions;
        tokenizer.LoadVocabulary(vocabulary, convertInputToLowercase: true);
        using var sessionOptions = new SessionOptions
        {
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            IntraOpNumThreads = options.IntraOpThreads,
            InterOpNumThreads = 1,
        };
        session = new InferenceSession(model, sessionOptions);
        takesTokenTypes = session.InputMetadata.ContainsKey("token_type_ids");
        if (!session.OutputMetadata.TryGetValue(OutputNames[0], out var output) || output.Dimensions[^1] != Dimensions)
            throw new InvalidOperationException($"{modelId}: the model has no {OutputNames[0]} output of {Dimensions} dimensions.");
        if (options.QueryBatchSize > 1)
            queries = new QueryBatcher(texts => Encode(texts), options.QueryBatchSize, options.Workers);
    }

    /// <summary>arctic-embed-xs from its package, warmed by one run so the first request does not pay for it.</summary>
    public static OnnxSentenceEncoder ArcticEmbedXs(SentenceEncoderOptions? options = null) => Load(Encoders.ArcticEmbedXs.Model, options);

    /// <summary>A packaged model, warmed by one run so the first request does not pay for it.</summary>
    public static OnnxSentenceEncoder Load(PackagedModel model, SentenceEncoderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        options ??= new SentenceEncoderOptions();
        using var vocabulary = model.OpenVocabulary(options.ModelPath);
        var modelId = options.MaxTokens == model.MaxPositions
            ? $"{model.Name}-cls-v1"
            : string.Create(CultureInfo.InvariantCulture, $"{model.Name}-cls-v1-t{options.MaxTokens}");
        var encoder = new OnnxSentenceEncoder(model.ReadModel(options.ModelPath), vocabulary, modelId, model, options);
        encoder.Encode(["warm up"], CancellationToken.None);
        return encoder;
    }

    public string ModelId { get; }

    public int Dimensions { get; }

    /// <summary>Model runs so far (a batch is one run).</summary>
    internal long Runs => Interlocked.Read(ref runs);

    public Task<float[]> EmbedAsync(string text, CancellationToken ct = default) =>
        Task.FromResult(Encode([text], ct)[0]);

    public Task<float[]> EmbedQueryAsync(string query, CancellationToken ct = default)
    {
        var text = EncoderInput.IsBlank(query ?? string.Empty) ? string.Empty : queryInstruction + query;
        return queries is null ? Task.FromResult(Encode([text], ct)[0]) : queries.EncodeAsync(text, ct);
    }

    public Task<IReadOnlyList<float[]>> EmbedBatchAsync(IReadOnlyList<string> texts, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return Task.Run<IReadOnlyList<float[]>>(() =>
        {
            var vectors = Encode(texts, ct);
            NativeHeap.Trim();
            return vectors;
        }, ct);
    }

    /// <summary>Token ids per text ([CLS] ... [SEP]), truncated to the limit; empty for a blank text.</summary>
    internal long[] Tokenize(string text)
    {
        var clean = EncoderInput.Clean(text, options.MaxTokens);
        if (EncoderInput.IsBlank(clean))
            return [];
        lock (tokenizing)
        {
            var (ids, _, _) = tokenizer.Encode(clean, options.MaxTokens);
            return ids.ToArray();
        }
    }

    private float[][] Encode(IReadOnlyList<string> texts, CancellationToken ct = default)
    {
        var tokens = new long[texts.Count][];
        for (var i = 0; i < texts.Count; i++)
            tokens[i] = Tokenize(texts[i]);
        var vectors = new float[texts.Count][];
        var order = Enumerable.Range(0, texts.Count).Where(i => tokens[i].Length > 0).OrderBy(i => tokens[i].Length).ToArray();
        for (var i = 0; i < texts.Count; i++)
        {
            if (tokens[i].Length == 0)
                vectors[i] = new float[Dimensions];
        }
        var batches = order.Chunk(options.BatchSize).ToArray();
        if (batches.Length <= 1 || options.Workers == 1)
        {
            foreach (var batch in batches)
                Run(batch, tokens, vectors, ct);
        }
        else
        {
            Parallel.ForEach(batches, new ParallelOptions { MaxDegreeOfParallelism = options.Workers, CancellationToken = ct },
                batch => Run(batch, tokens, vectors, ct));
        }
        return vectors;
    }

    /// <summary>One model run over texts of similar length, padded to the longest.</summary>
    private void Run(int[] batch, long[][] tokens, float[][] vectors, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        Interlocked.Increment(ref runs);
        var length = batch.Max(i => tokens[i].Length);
        var ids = new long[batch.Length * length];
        var mask = new long[batch.Length * length];
        for (var b = 0; b < batch.Length; b++)
        {
            var row = tokens[batch[b]];
            row.CopyTo(ids.AsSpan(b * length));
            mask.AsSpan(b * length, row.Length).Fill(1);
        }
        long[] shape = [batch.Length, length];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typesValue = takesTokenTypes ? OrtValue.CreateTensorValueFromMemory(new long[ids.Length], shape) : null;
        OrtValue[] inputs = takesTokenTypes ? [idsValue, maskValue, typesValue!] : [idsValue, maskValue];
        using var runOptions = new RunOptions();
        if (batch.Length * length > ShrinkArenaAboveTokens)
            runOptions.AddRunConfigEntry("memory.enable_memory_arena_shrinkage", "cpu:0");
        using var outputs = session.Run(runOptions, takesTokenTypes ? InputNamesWithTypes : InputNames, inputs, OutputNames);
        var hidden = outputs[0].GetTensorDataAsSpan<float>();
        for (var b = 0; b < batch.Length; b++)
            vectors[batch[b]] = Normalised(hidden.Slice(b * length * Dimensions, Dimensions).ToArray());
    }

    /// <summary>The [CLS] position's state made unit length (the model card's pooling; cosine is then a dot product).</summary>
    private static float[] Normalised(float[] vector)
    {
        var norm = MathF.Sqrt(System.Numerics.Tensors.TensorPrimitives.SumOfSquares<float>(vector));
        if (norm > 0)
            System.Numerics.Tensors.TensorPrimitives.Divide(vector, norm, vector);
        return vector;
    }

    public void Dispose()
    {
        queries?.Dispose();
        session.Dispose();
    }
}
