using System.Runtime.InteropServices;

namespace MediaDiscovery.Embedded.Embeddings;

/// <summary>
/// The converted vectors as one little-endian file read with a handful of bulk reads (the JSON takes seconds to
/// parse; this takes tens of milliseconds). Named by package version and JSON size, so a new package converts anew.
/// </summary>
internal static class GloveBinaryCache
{
    private const long Magic = 0x31_56_4C_47_44_4D_00_00; // "..MDGLV1"; bump on a layout change

    public static string FileName(GlovePackage package) =>
        $"glove-{Sanitise(package.Version)}-{package.JsonSize}.i8.bin";

    public static void Write(string path, QuantizedWordVectors vectors) => AtomicBinaryFile.Write(path, writer =>
    {
        writer.Write(Magic);
        writer.Write(vectors.Dimensions);
        writer.Write(vectors.Count);
        writer.Write(vectors.WordBytes.Length);
        writer.Write(vectors.WordBytes);
        writer.Write(MemoryMarshal.AsBytes(vectors.WordOffsets.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(vectors.Scales.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(vectors.Values.AsSpan()));
    });

    /// <summary>The cached vectors, or null when the file is missing, truncated or of another layout.</summary>
    public static QuantizedWordVectors? TryRead(string path)
    {
        if (!File.Exists(path) || !BitConverter.IsLittleEndian)
            return null;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            using var reader = new BinaryReader(stream);
            if (reader.ReadInt64() != Magic)
                return null;
            var dimensions = reader.ReadInt32();
            var count = reader.ReadInt32();
            var wordBytesLength = reader.ReadInt32();
            if (dimensions <= 0 || count < 0 || wordBytesLength < 0)
                return null;
            var expected = 20L + wordBytesLength + 4L * (count + 1) + 4L * count + (long)count * dimensions;
            if (stream.Length != expected)
                return null;
            var wordBytes = new byte[wordBytesLength];
            var offsets = new int[count + 1];
            var scales = new float[count];
            var values = new sbyte[(long)count * dimensions];
            stream.ReadExactly(wordBytes);
            stream.ReadExactly(MemoryMarshal.AsBytes(offsets.AsSpan()));
            stream.ReadExactly(MemoryMarshal.AsBytes(scales.AsSpan()));
            stream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
            return new QuantizedWordVectors(dimensions, wordBytes, offsets, values, scales);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or EndOfStreamException)
        {
            return null;
        }
    }

    private static string Sanitise(string text) =>
        string.Concat(text.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' ? c : '_'));
}
