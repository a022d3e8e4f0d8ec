using System.Buffers.Binary;
using System.Globalization;
using System.Numerics.Tensors;
using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Search;
using MediaDiscovery.Embedded.Search;

namespace MediaDiscovery.Embedded.Embeddings;

/// <summary>
/// Smooth inverse frequency sentence embeddings (Arora et al., 2017) over GloVe: the a/(a + p(w))-weighted mean
/// of the known words' vectors, minus its projection on the corpus' first principal component, unit length.
/// <see cref="Fit"/> learns that component from the catalog; texts and queries then share it. Unknown words are
/// skipped; a text without known words embeds to the zero vector ("no vector").
/// </summary>
public sealed class GloveSifEmbedder : ICorpusFittedEmbedder, IWordAlignment
{
    public const string DefaultModelId = "glove-sg-100d-sif-v1";

    private const uint StateMagic = 0x32464953; // "SIF2"

    private readonly GloveVectors vectors;
    private readonly SifOptions options;
    private readonly float[] weights;
    private readonly SoftWordAlignment alignment;
    private volatile float[][]? commonComponents;

    public GloveSifEmbedder(GloveVectors vectors, SifOptions? options = null)
    {
        this.vectors = vectors;
        this.options = options ?? SifOptions.Default;
        ModelId = this.options == SifOptions.Default
            ? DefaultModelId
            : string.Create(CultureInfo.InvariantCulture, $"{DefaultModelId}-a{this.options.A:0e0}-pc{this.options.CommonComponents}");
        var probability = new ZipfWordProbability(vectors.Count);
        alignment = new SoftWordAlignment(vectors, TitleText, this.options.A);
        weights = new float[vectors.Count];
        for (var rank = 0; rank < weights.Length; rank++)
            weights[rank] = (float)(this.options.A / (this.options.A + probability.Of(rank)));
    }

    public string ModelId { get; }

    /// <summary>
    /// The title text this model should embed: name and description only. Averaged word vectors have no use for cast
    /// names and genre lists (BM25 and filters cover those); they only pull every title towards the same centre.
    /// Dropping them took dev known-item MRR@10 from 0.05 to 0.33 (with 3 components removed; RealGloveTests).
    /// </summary>
    public static string TitleText(Title title) => EmbeddingText.NameAndDescription(title);

    public int Dimensions => vectors.Dimensions;

    /// <summary>The same word vectors, word by word, for re-ranking candidates (see <see cref="SoftWordAlignment"/>).</summary>
    public IQueryAlignment? Prepare(string query) => alignment.Prepare(query);

    public bool IsFitted => options.CommonComponents == 0 || commonComponents is not null;

    /// <summary>The removed directions (unit length, orthogonal), or null before <see cref="Fit"/>.</summary>
    public IReadOnlyList<float[]>? CommonComponents => commonComponents;

    public void Fit(IEnumerable<string> corpus, CancellationToken ct = default)
    {
        if (options.CommonComponents == 0)
            return;
        var texts = corpus as IReadOnlyList<string> ?? corpus.ToList();
        var means = new float[texts.Count][];
        Parallel.For(0, texts.Count, new ParallelOptions { CancellationToken = ct }, i =>
        {
            var mean = new float[Dimensions];
            means[i] = WeightedMean(texts[i], mean) ? mean : [];
        });
        commonComponents = PrincipalComponent.Top(means.Where(m => m.Length > 0), Dimensions, options.CommonComponents);
    }

    public float[] Embed(string text)
    {
        var components = commonComponents;
        if (options.CommonComponents > 0 && components is null)
            throw new InvalidOperationException($"{ModelId} is not fitted: call Fit with the catalog texts (or restore its state) first");
        var vector = new float[Dimensions];
        if (!WeightedMean(text, vector))
            return vector;
        foreach (var component in components ?? [])
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
        var components = commonComponents ?? [];
        var state = new byte[12 + 4 * components.Length * Dimensions];
        BinaryPrimitives.WriteUInt32LittleEndian(state, StateMagic);
        BinaryPrimitives.WriteInt32LittleEndian(state.AsSpan(4), components.Length);
        BinaryPrimitives.WriteInt32LittleEndian(state.AsSpan(8), Dimensions);
        var offset = 12;
        foreach (var component in components)
        {
            foreach (var value in component)
            {
                BinaryPrimitives.WriteSingleLittleEndian(state.AsSpan(offset), value);
                offset += 4;
            }
        }
        return state;
    }

    public bool TryImportFittedState(ReadOnlySpan<byte> state)
    {
        if (state.Length < 12 || BinaryPrimitives.ReadUInt32LittleEndian(state) != StateMagic)
            return false;
        var count = BinaryPrimitives.ReadInt32LittleEndian(state[4..]);
        if (count != options.CommonComponents || BinaryPrimitives.ReadInt32LittleEndian(state[8..]) != Dimensions
            || state.Length != 12 + 4 * count * Dimensions)
            return false;
        var components = new float[count][];
        var offset = 12;
        for (var c = 0; c < count; c++)
        {
            components[c] = new float[Dimensions];
            for (var d = 0; d < Dimensions; d++, offset += 4)
                components[c][d] = BinaryPrimitives.ReadSingleLittleEndian(state[offset..]);
        }
        commonComponents = count == 0 ? null : components;
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
