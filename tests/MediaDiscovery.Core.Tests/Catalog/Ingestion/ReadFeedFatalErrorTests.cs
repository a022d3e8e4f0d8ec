using System.Text;
using MediaDiscovery.Core.Catalog.Ingestion;
using static MediaDiscovery.Core.Tests.Catalog.Ingestion.FeedCsv;

namespace MediaDiscovery.Core.Tests.Catalog.Ingestion;

public sealed class ReadFeedFatalErrorTests
{
    [Fact]
    public void A_truncated_file_with_an_unterminated_quote_is_fatal()
    {
        var csv = Feed(Row(showId: "s1")) + "s2,Movie,Cut,,,,,2020,,,,\"The description never end";
        var result = Read(csv);
        Assert.False(result.IsUsable);
        Assert.Equal("unterminated quoted field starting at line 3", result.FatalError);
        Assert.Empty(result.Entries);
    }

    [Theory]
    [InlineData("show_id,type,name,director,cast,country,date_added,release_year,rating,duration,listed_in,description,OTT")]
    [InlineData("show_id,type,title")]
    [InlineData("")]
    public void A_wrong_header_is_fatal(string header)
    {
        var result = Read(header + "\n" + Row() + "\n");
        Assert.StartsWith("unexpected header", result.FatalError, StringComparison.Ordinal);
        Assert.Empty(result.Entries);
    }

    [Fact]
    public void A_header_with_a_byte_order_mark_is_fine()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Feed(Row()))).ToArray();
        var result = Pipeline.ReadFeed("netflix", new MemoryStream(bytes));
        Assert.Null(result.FatalError);
        Assert.Single(result.Entries);
    }

    [Fact]
    public void Invalid_utf8_bytes_are_fatal_not_an_exception()
    {
        var bytes = Encoding.UTF8.GetBytes(Feed(Row(title: "Caf"))).ToList();
        bytes.InsertRange(bytes.IndexOf((byte)'C') + 3, [0xFF, 0xFE, 0x80]);
        var result = Pipeline.ReadFeed("netflix", new MemoryStream([.. bytes]));
        Assert.False(result.IsUsable);
        Assert.StartsWith("invalid UTF-8", result.FatalError, StringComparison.Ordinal);
    }

    [Fact]
    public void More_rows_than_the_limit_is_fatal()
    {
        var result = Read(Feed(Row(showId: "s1"), Row(showId: "s2", title: "B"), Row(showId: "s3", title: "C")),
            limits: IngestionLimits.Default with { MaxRows = 2 });
        Assert.Equal("more than 2 rows", result.FatalError);
    }

    [Fact]
    public void A_100_MB_field_is_fatal_and_reading_stops_at_the_limit()
    {
        var prefix = Encoding.UTF8.GetBytes(Feed() + "s1,Movie,Big,,,,,2020,,,,\"");
        using var stream = new RepeatingStream(prefix, fillByte: (byte)'x', totalLength: 100L * 1024 * 1024);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var result = Pipeline.ReadFeed("netflix", stream);

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal($"field longer than {IngestionLimits.Default.MaxFieldChars} chars at line 2", result.FatalError);
        Assert.True(stream.Position < 1024 * 1024, $"read {stream.Position} bytes of the stream");
        Assert.True(allocated < 4 * 1024 * 1024, $"allocated {allocated} bytes");
    }

    /// <summary>A read-only stream of a prefix followed by one byte repeated: large inputs without allocating them.</summary>
    private sealed class RepeatingStream(byte[] prefix, byte fillByte, long totalLength) : Stream
    {
        private long _position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => totalLength;

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = (int)Math.Min(buffer.Length, totalLength - _position);
            for (var i = 0; i < n; i++)
            {
                var at = _position + i;
                buffer[i] = at < prefix.Length ? prefix[at] : fillByte;
            }
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
