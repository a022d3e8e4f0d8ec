using System.Text;

namespace MediaDiscovery.Testing;

/// <summary>
/// A stream of a prefix followed by <c>length</c> bytes of 'a', generated as it is read: a 100 MB field
/// without 100 MB of memory.
/// </summary>
public sealed class GeneratedFieldStream(string prefix, long length) : Stream
{
    private readonly byte[] head = Encoding.UTF8.GetBytes(prefix);
    private long position;

    public long BytesRead => position;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => head.Length + length;

    public override long Position
    {
        get => position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = (int)Math.Min(count, Length - position);
        for (var i = 0; i < n; i++)
        {
            var p = position + i;
            buffer[offset + i] = p < head.Length ? head[p] : (byte)'a';
        }
        position += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
