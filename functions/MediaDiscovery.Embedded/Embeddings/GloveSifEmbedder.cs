using System.Buffers.Binary;
using System.Numerics.Tensors;

namespace MediaDiscovery.Embedded.Embeddings;

/// <summary>
/// Smooth inverse frequency sentence embeddings (Arora et al., 2017) over GloVe: the a/(a + p(w))-weighted mean
/// of the known words' vectors, minus its projection on the corpus' first principal component, unit length.
/// <see cref="Fit"/> learns that component from the catalog; texts and queries then share it. Unknown words are
/// skipped; a text without known words embeds to the zero vector ("no vector").
/// </summary>
public sealed class GloveSifEmbedder : ICorpusFittedEmbedder
{
    public const string DefaultModelId = "glove-sg-100d-sif-v1";

    private const uint StateMagic = 0x31464953; // "SIF1"

    private readonly GloveVectors vectors;
    private readonly SifOptions options;
    private readonly float[] weights;
    private volatile float[]? commonComponent;

    public GloveSifEmbedder(GloveVectors vectors, SifOptions? options = null)
    {
        this.vectors = vectors;
        this.options = options ?? SifOptions.Default;
        ModelId = this.options == SifOptions.Default ? DefaultModelId : $"{DefaultModelId}-a{this.options.A:0e0}{(this.options.RemoveCommonComponent ? "" : "-nopc")}";
        var probability = new ZipfWordProbability(vectors.Count);
        weights = new float[vectors.Count];
        for (var rank = 0; rank < weights.Length; rank++)
            weights[rank] = (float)(this.options.A / (this.options.A + probability.Of(rank)));
    }

    public string ModelId { get; }

    public int Dimensions => vectors.Dimensions;

    public bool IsFitted => !options.RemoveCommonComponent || commonComponent is not null;

    /// <summary>The removed direction (unit length), or null before <see cref="Fit"/>.</summary>
    public ReadOnlySpan<float> CommonComponent => commonComponent;

    public void Fit(IEnumerable<string> corpus, CancellationToken ct = default)
    {
        if (!options.RemoveCommonComponent)
            return;
        var texts = corpus as IReadOnlyList<string> ?? corpus.ToList();
        var means = new float[texts.Count][];
        Parallel.For(0, texts.Count, new ParallelOptions { CancellationToken = ct }, i =>
        {
            var mean = new float[Dimensions];
            means[i] = WeightedMean(texts[i], mean) ? mean : [];
        });
        commonComponent = PrincipalComponent.First(means.Where(m => m.Length > 0), Dimensions);
    }

    public float[] Embed(string text)
    {
        var component = commonComponent;
        if (options.RemoveCommonComponent && component is null)
            throw new InvalidOperationException($"{ModelId} is not fitted: call Fit with the catalog texts (or restore its state) first");
        var vector = new float[Dimensions];
        if (!WeightedMean(text, vector))
            return vector;
        if (component is not null)
            TensorPrimitives.MultiplyAdd(component, -TensorPrimitives.Dot<float>(vector, component), vector, vector);
        var norm = TensorPrimitives.Norm<float>(vector);
        if (norm > 0)
            TensorPrimitives.Divide(vector, norm, vector);
        return vector;
    }

    public Task<float[]> EmbedAsync(string text, CancellationToken ct = default) => Task.FromResult(Embed(text));

    public Task<IReadOnlyList<float[]>> EmbedBatchAsync(IReadOnlyList<string> texts, CancellationToken ct = default)
    {
        var result = new float[texts.Count][];
        Parallel.For(0, texts.Count, new ParallelOptions { CancellationToken = ct }, i => result[i] = Embed(texts[i]));
        return Task.FromResult<IReadOnlyList<float[]>>(result);
    }

    public byte[] ExportFittedState()
    {
        var component = commonComponent ?? [];
        var state = new byte[8 + 4 * component.Length];
        BinaryPrimitives.WriteUInt32LittleEndian(state, StateMagic);
        BinaryPrimitives.WriteInt32LittleEndian(state.AsSpan(4), component.Length);
        for (var i = 0; i < component.Length; i++)
            BinaryPrimitives.WriteSingleLittleEndian(state.AsSpan(8 + 4 * i), component[i]);
        return state;
    }

    public bool TryImportFittedState(ReadOnlySpan<byte> state)
    {
        if (state.Length < 8 || BinaryPrimitives.ReadUInt32LittleEndian(state) != StateMagic)
            return false;
        var length = BinaryPrimitives.ReadInt32LittleEndian(state[4..]);
        if (length is not 0 && length != Dimensions || state.Length != 8 + 4 * length)
            return false;
        if (length == 0)
            return !options.RemoveCommonComponent;
        var component = new float[length];
        for (var i = 0; i < length; i++)
            component[i] = BinaryPrimitives.ReadSingleLittleEndian(state[(8 + 4 * i)..]);
        commonComponent = component;
        return true;
    }

    /// <summary>Sum of weight x vector over the known words, divided by their count; false when none is known.</summary>
    internal bool WeightedMean(string text, Span<float> destination)
    {
        destination.Clear();
        var known = 0;
        foreach (var token in WordTokenizer.Tokenize(text))
        {
            var index = vectors.IndexOf(token);
            if (index >= 0)
            {
                vectors.AddScaled(index, weights[index], destination);
                known++;
            }
            else if (token.Contains('-'))
            {
                known += AddParts(token, destination);
            }
        }
        if (known > 0)
            TensorPrimitives.Divide(destination, known, destination);
        return known > 0;
    }

    // An unknown compound ("time-bending") counts as its parts.
    private int AddParts(string compound, Span<float> destination)
    {
        var known = 0;
        foreach (var part in compound.Split('-', StringSplitOptions.RemoveEmptyEntries))
        {
            var index = vectors.IndexOf(part);
            if (index < 0)
                continue;
            vectors.AddScaled(index, weights[index], destination);
            known++;
        }
        return known;
    }
}
