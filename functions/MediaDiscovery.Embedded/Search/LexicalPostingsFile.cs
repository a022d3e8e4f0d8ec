using System.Runtime.InteropServices;
using System.Text;

namespace MediaDiscovery.Embedded.Search;

/// <summary>
/// <c>lexical.bin</c>: an <see cref="InMemoryLexicalIndex"/> persisted under the data directory so a warm start
/// reads its arrays (~0.1 s) instead of tokenizing the catalog again (~0.7 s cold). Stamped like <c>lexical.db</c>
/// (<see cref="LexicalIndexStamp"/>); a file for other titles, another format, or unreadable is ignored and
/// replaced. Written to a temporary file and moved into place, so a crash never leaves half a file in use.
/// </summary>
internal sealed class LexicalPostingsFile(string path)
{
    public const string FileName = "lexical.bin";

    /// <summary>Bump when the tokenizer, the document text or this layout change.</summary>
    public const string Format = "memory-1";

    private static ReadOnlySpan<byte> Magic => "MDLEX\u0001"u8;

    public LexicalPostingsData? TryRead(LexicalIndexStamp expected)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            Span<byte> magic = stackalloc byte[Magic.Length];
            stream.ReadExactly(magic);
            if (!magic.SequenceEqual(Magic))
                return null;
            var stamp = new LexicalIndexStamp(reader.ReadString(), reader.ReadInt64(), reader.ReadInt32(), reader.ReadString());
            if (stamp != expected)
                return null;
            var weights = ReadArray<double>(reader);
            var terms = new string[reader.ReadInt32()];
            for (var i = 0; i < terms.Length; i++)
                terms[i] = reader.ReadString();
            var data = new LexicalPostingsData(weights, terms, ReadArray<int>(reader), ReadArray<int>(reader), ReadArray<int>(reader),
                ReadArray<int>(reader), ReadArray<double>(reader));
            return IsConsistent(data, expected.TitleCount) ? data : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException
            or ArgumentException or OverflowException or OutOfMemoryException)
        {
            return null;
        }
    }

    /// <summary>Best effort: an index that cannot be written is still used; the next start builds it again.</summary>
    public void TryWrite(LexicalIndexStamp stamp, LexicalPostingsData data)
    {
        var temporary = path + ".tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            using (var writer = new BinaryWriter(stream, Encoding.UTF8))
            {
                writer.Write(Magic);
                writer.Write(stamp.Format);
                writer.Write(stamp.CatalogVersion);
                writer.Write(stamp.TitleCount);
                writer.Write(stamp.OrdinalsHash);
                WriteArray(writer, data.Weights);
                writer.Write(data.Terms.Length);
                foreach (var term in data.Terms)
                    writer.Write(term);
                WriteArray(writer, data.ColumnStart);
                WriteArray(writer, data.Tokens);
                WriteArray(writer, data.PostingStart);
                WriteArray(writer, data.PostingDoc);
                WriteArray(writer, data.PostingFrequency);
            }
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // Nothing more to do: the file is rewritten on the next build.
            }
        }
    }

    // Every array must fit the others: a file that passes the stamp but not this is not trusted.
    private static bool IsConsistent(LexicalPostingsData d, int titles)
    {
        if (d.Weights.Length != 4 || d.ColumnStart.Length != titles * 4 + 1 || d.PostingStart.Length != d.Terms.Length + 1
            || d.PostingDoc.Length != d.PostingFrequency.Length || d.ColumnStart[^1] != d.Tokens.Length
            || d.PostingStart[0] != 0 || d.PostingStart[^1] != d.PostingDoc.Length)
            return false;
        for (var i = 1; i < d.ColumnStart.Length; i++)
        {
            if (d.ColumnStart[i] < d.ColumnStart[i - 1])
                return false;
        }
        for (var i = 1; i < d.PostingStart.Length; i++)
        {
            if (d.PostingStart[i] < d.PostingStart[i - 1])
                return false;
        }
        foreach (var token in d.Tokens)
        {
            if ((uint)token >= (uint)d.Terms.Length)
                return false;
        }
        foreach (var doc in d.PostingDoc)
        {
            if ((uint)doc >= (uint)titles)
                return false;
        }
        return true;
    }

    private static T[] ReadArray<T>(BinaryReader reader) where T : unmanaged
    {
        var length = reader.ReadInt32();
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        var array = new T[length];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(array.AsSpan()));
        return array;
    }

    private static void WriteArray<T>(BinaryWriter writer, T[] array) where T : unmanaged
    {
        writer.Write(array.Length);
        writer.Write(MemoryMarshal.AsBytes(array.AsSpan()));
    }
}
