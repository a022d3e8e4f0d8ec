using System.Text;
using MediaDiscovery.Core.Catalog.Ingestion;

namespace MediaDiscovery.Core.Tests.Catalog.Ingestion;

public sealed class CsvRecordReaderTests
{
    private static List<string[]> ReadAll(string csv, int maxFieldChars = 1000, int maxColumns = 20) =>
        ReadAll(new CsvRecordReader(new StringReader(csv), maxFieldChars, maxColumns));

    private static List<string[]> ReadAll(CsvRecordReader reader)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        CsvReadStatus status;
        while ((status = reader.Read(fields)) == CsvReadStatus.Record)
            records.Add([.. fields]);
        Assert.Equal(CsvReadStatus.End, status);
        return records;
    }

    [Fact]
    public void Splits_plain_fields_on_commas()
    {
        var records = ReadAll("a,b,c\n1,2,3\n");
        Assert.Equal([["a", "b", "c"], ["1", "2", "3"]], records);
    }

    [Fact]
    public void Keeps_commas_line_breaks_and_doubled_quotes_inside_quoted_fields()
    {
        var records = ReadAll("id,text\n1,\"Hello, \"\"world\"\"\r\nsecond line\"\n2,x\n");
        Assert.Equal(["1", "Hello, \"world\"\r\nsecond line"], records[1]);
        Assert.Equal(["2", "x"], records[2]);
    }

    [Fact]
    public void Accepts_crlf_lf_and_cr_line_ends_and_a_missing_final_newline()
    {
        var records = ReadAll("a\r\nb\nc\rd");
        Assert.Equal([["a"], ["b"], ["c"], ["d"]], records);
    }

    [Fact]
    public void Keeps_empty_fields_including_a_trailing_one()
    {
        Assert.Equal([["", "a", ""]], ReadAll(",a,\n"));
    }

    [Fact]
    public void Skips_blank_lines_but_not_a_quoted_empty_field()
    {
        Assert.Equal([["a"], [""], ["b"]], ReadAll("a\n\n\"\"\n\r\nb\n"));
    }

    [Fact]
    public void Reports_the_line_each_record_starts_on_counting_quoted_line_breaks()
    {
        var reader = new CsvRecordReader(new StringReader("h\n\"x\ny\nz\"\nnext\n"), 100, 10);
        var fields = new List<string>();
        reader.Read(fields);
        reader.Read(fields);
        Assert.Equal(2, reader.RecordLine);
        reader.Read(fields);
        Assert.Equal(5, reader.RecordLine);
    }

    [Fact]
    public void Skips_a_utf8_byte_order_mark()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("show_id,type\n")).ToArray();
        var records = ReadAll(CsvRecordReader.ForUtf8(new MemoryStream(bytes), 100, 10));
        Assert.Equal("show_id", records[0][0]);
    }

    [Fact]
    public void Keeps_text_after_a_closing_quote_leniently()
    {
        Assert.Equal([["ab c", "d"]], ReadAll("\"ab\" c,d\n"));
    }

    [Fact]
    public void A_quote_inside_an_unquoted_field_is_literal()
    {
        Assert.Equal([["5\" screen", "x"]], ReadAll("5\" screen,x\n"));
    }

    [Fact]
    public void An_unterminated_quote_at_end_of_input_is_an_error()
    {
        var reader = new CsvRecordReader(new StringReader("a,b\n1,\"never closed\n2,3\n"), 100, 10);
        var fields = new List<string>();
        Assert.Equal(CsvReadStatus.Record, reader.Read(fields));
        Assert.Equal(CsvReadStatus.Error, reader.Read(fields));
        Assert.Equal("unterminated quoted field starting at line 2", reader.Error);
        Assert.Equal(CsvReadStatus.Error, reader.Read(fields));
    }

    [Fact]
    public void A_field_past_the_limit_is_an_error_naming_the_limit_and_line()
    {
        var reader = new CsvRecordReader(new StringReader("a\n" + new string('x', 11) + "\n"), maxFieldChars: 10, maxColumns: 5);
        var fields = new List<string>();
        reader.Read(fields);
        Assert.Equal(CsvReadStatus.Error, reader.Read(fields));
        Assert.Equal("field longer than 10 chars at line 2", reader.Error);
    }

    [Fact]
    public void A_field_exactly_at_the_limit_is_fine()
    {
        Assert.Equal([[new string('x', 10)]], ReadAll(new string('x', 10) + "\n", maxFieldChars: 10));
    }

    [Fact]
    public void Keeps_only_max_columns_fields_but_counts_them_all()
    {
        var reader = new CsvRecordReader(new StringReader(string.Join(',', Enumerable.Range(0, 50)) + "\n"), 100, maxColumns: 5);
        var fields = new List<string>();
        Assert.Equal(CsvReadStatus.Record, reader.Read(fields));
        Assert.Equal(5, fields.Count);
        Assert.Equal(50, reader.FieldCount);
    }

    [Fact]
    public void Invalid_utf8_is_an_error_not_an_exception()
    {
        var bytes = Encoding.UTF8.GetBytes("a,b\n1,").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes("\n")).ToArray();
        var reader = CsvRecordReader.ForUtf8(new MemoryStream(bytes), 100, 10);
        var fields = new List<string>();
        var status = reader.Read(fields);
        while (status == CsvReadStatus.Record)
            status = reader.Read(fields);
        Assert.Equal(CsvReadStatus.Error, status);
        Assert.StartsWith("invalid UTF-8", reader.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_input_has_no_records()
    {
        Assert.Empty(ReadAll(""));
    }
}
