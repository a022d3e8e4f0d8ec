using System.Text;

namespace MediaDiscovery.Embedded.Embeddings;

/// <summary>
/// Word vectors as int8 with one scale per vector (a quarter of float32; the rounding error, at most half a
/// step of max|v|/127, is far below GloVe's own noise). Words are UTF-8 in one blob, rows in the source order.
/// </summary>
internal sealed class QuantizedWordVectors
{
    public QuantizedWordVectors(int dimensions, byte[] wordBytes, int[] wordOffsets, sbyte[] values, float[] scales)
    {
        var count = scales.Length;
        if (wordOffsets.Length != count + 1 || values.Length != (long)count * dimensions || wordOffsets[^1] != wordBytes.Length)
            throw new InvalidDataException("word vector arrays have inconsistent lengths");
        Dimensions = dimensions;
        WordBytes = wordBytes;
        WordOffsets = wordOffsets;
        Values = values;
        Scales = scales;
    }

    public int Dimensions { get; }

    public int Count => Scales.Length;

    public byte[] WordBytes { get; }

    /// <summary>Word i is <c>WordBytes[WordOffsets[i]..WordOffsets[i + 1]]</c>.</summary>
    public int[] WordOffsets { get; }

    public sbyte[] Values { get; }

    public float[] Scales { get; }

    public ReadOnlySpan<byte> Word(int index) => WordBytes.AsSpan(WordOffsets[index], WordOffsets[index + 1] - WordOffsets[index]);

    /// <summary>Collects rows one by one while a source is read.</summary>
    public sealed class Builder(int dimensions, int expectedCount)
    {
        private readonly List<(string Word, int Index, sbyte[] Values, float Scale)> rows = new(Math.Max(expectedCount, 0));

        public int Dimensions => dimensions;

        public void Add(string word, int index, ReadOnlySpan<float> vector)
        {
            if (vector.Length != dimensions)
                throw new InvalidDataException($"vector for '{word}' has {vector.Length} values, expected {dimensions}");
            var maxAbs = 0f;
            foreach (var v in vector)
                maxAbs = Math.Max(maxAbs, Math.Abs(v));
            var scale = maxAbs == 0 ? 1f : maxAbs / 127f;
            var quantized = new sbyte[dimensions];
            for (var d = 0; d < dimensions; d++)
                quantized[d] = (sbyte)Math.Clamp(MathF.Round(vector[d] / scale), -127, 127);
            rows.Add((word, index, quantized, scale));
        }

        /// <summary>Rows ordered by their source index (GloVe's frequency rank).</summary>
        public QuantizedWordVectors Build()
        {
            rows.Sort((a, b) => a.Index.CompareTo(b.Index));
            var count = rows.Count;
            var offsets = new int[count + 1];
            var values = new sbyte[(long)count * dimensions];
            var scales = new float[count];
            using var words = new MemoryStream();
            for (var i = 0; i < count; i++)
            {
                var (word, _, row, scale) = rows[i];
                offsets[i] = (int)words.Length;
                words.Write(Encoding.UTF8.GetBytes(word));
                row.CopyTo(values.AsSpan(i * dimensions, dimensions));
                scales[i] = scale;
            }
            offsets[count] = (int)words.Length;
            return new QuantizedWordVectors(dimensions, words.ToArray(), offsets, values, scales);
        }
    }
}
