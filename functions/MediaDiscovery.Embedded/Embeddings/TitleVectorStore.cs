using System.Numerics.Tensors;
using System.Runtime.InteropServices;

namespace MediaDiscovery.Embedded.Embeddings;

/// <summary>
/// <c>vectors-&lt;modelId&gt;.bin</c> in the data directory: per title id, the content hash and vector, plus the
/// embedder's fitted state, so a restart re-embeds only changed titles. Any mismatch reads as "nothing stored".
/// Vectors are stored as float16 (half the disk and read time; cosines move by under 1e-3), and the pipeline
/// rounds fresh vectors the same way, so a warm start serves exactly what the first start served.
/// </summary>
internal static class TitleVectorStore
{
    private const long Magic = 0x32_43_45_56_44_4D_00_00; // "..MDVEC2": float16 vectors

    public static string PathFor(string dataDirectory, string modelId) =>
        Path.Combine(dataDirectory, $"vectors-{Sanitise(modelId)}.bin");

    public static StoredTitleVectors? TryRead(string path, string modelId, int dimensions)
    {
        if (!File.Exists(path))
            return null;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            using var reader = new BinaryReader(stream);
            if (reader.ReadInt64() != Magic || reader.ReadString() != modelId || reader.ReadInt32() != dimensions)
                return null;
            var state = reader.ReadBytes(reader.ReadInt32());
            var count = reader.ReadInt32();
            var halves = new Half[dimensions];
            var byId = new Dictionary<string, StoredTitleVector>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var id = reader.ReadString();
                var hash = reader.ReadString();
                float[]? vector = null;
                if (reader.ReadBoolean())
                {
                    stream.ReadExactly(MemoryMarshal.AsBytes(halves.AsSpan()));
                    vector = new float[dimensions];
                    TensorPrimitives.ConvertToSingle(halves, vector);
                }
                byId[id] = new StoredTitleVector(hash, vector);
            }
            return new StoredTitleVectors(modelId, dimensions, state, byId);
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or InvalidDataException)
        {
            return null;
        }
    }

    public static void Write(string path, StoredTitleVectors vectors) => AtomicBinaryFile.Write(path, writer =>
    {
        var halves = new Half[vectors.Dimensions];
        writer.Write(Magic);
        writer.Write(vectors.ModelId);
        writer.Write(vectors.Dimensions);
        writer.Write(vectors.FittedState.Length);
        writer.Write(vectors.FittedState);
        writer.Write(vectors.ByTitleId.Count);
        foreach (var (id, stored) in vectors.ByTitleId)
        {
            writer.Write(id);
            writer.Write(stored.ContentHash);
            writer.Write(stored.Vector is not null);
            if (stored.Vector is not null)
            {
                TensorPrimitives.ConvertToHalf(stored.Vector, halves);
                writer.Write(MemoryMarshal.AsBytes(halves.AsSpan()));
            }
        }
    });

    /// <summary>The vector as it will read back from the file: each component rounded to float16.</summary>
    public static float[] RoundToStored(float[] vector)
    {
        var halves = new Half[vector.Length];
        TensorPrimitives.ConvertToHalf(vector, halves);
        var rounded = new float[vector.Length];
        TensorPrimitives.ConvertToSingle(halves, rounded);
        return rounded;
    }

    private static string Sanitise(string modelId) =>
        string.Concat(modelId.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_'));
}
