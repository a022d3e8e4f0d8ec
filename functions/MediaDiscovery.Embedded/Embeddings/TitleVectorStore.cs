using System.Runtime.InteropServices;

namespace MediaDiscovery.Embedded.Embeddings;

/// <summary>
/// <c>vectors-&lt;modelId&gt;.bin</c> in the data directory: per title id, the content hash and vector, plus the
/// embedder's fitted state, so a restart re-embeds only changed titles. Any mismatch reads as "nothing stored".
/// </summary>
internal static class TitleVectorStore
{
    private const long Magic = 0x31_43_45_56_44_4D_00_00; // "..MDVEC1"

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
            var byId = new Dictionary<string, StoredTitleVector>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var id = reader.ReadString();
                var hash = reader.ReadString();
                float[]? vector = null;
                if (reader.ReadBoolean())
                {
                    vector = new float[dimensions];
                    stream.ReadExactly(MemoryMarshal.AsBytes(vector.AsSpan()));
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
                writer.Write(MemoryMarshal.AsBytes(stored.Vector.AsSpan()));
        }
    });

    private static string Sanitise(string modelId) =>
        string.Concat(modelId.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_'));
}
