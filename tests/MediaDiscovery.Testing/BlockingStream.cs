using System.Text;

namespace MediaDiscovery.Testing;

/// <summary>Content that can only be read once a gate opens: holds a reader mid-way for concurrency tests.</summary>
public sealed class BlockingStream(Task gate, string content) : MemoryStream(Encoding.UTF8.GetBytes(content))
{
    public override int Read(byte[] buffer, int offset, int count)
    {
        gate.Wait();
        return base.Read(buffer, offset, count);
    }

    public override int Read(Span<byte> buffer)
    {
        gate.Wait();
        return base.Read(buffer);
    }
}
