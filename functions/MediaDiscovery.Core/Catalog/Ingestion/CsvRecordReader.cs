using System.Text;

namespace MediaDiscovery.Core.Catalog.Ingestion;

/// <summary>What one call to <see cref="CsvRecordReader.Read"/> produced.</summary>
public enum CsvReadStatus
{
    Record,
    End,
    Error,
}

/// <summary>
/// A streaming RFC 4180 reader: quoted delimiters, quoted line breaks, doubled quotes, CRLF/LF/CR line ends,
/// a leading BOM. Memory is bounded by the limits: a field stops being read past <c>maxFieldChars</c> and only
/// the first <c>maxColumns</c> fields of a record are kept (the rest are counted). Broken input (unterminated
/// quote, oversized field, undecodable bytes) ends the stream with <see cref="CsvReadStatus.Error"/>, never an
/// exception, so a caller can report it as data.
/// </summary>
public sealed class CsvRecordReader
{
    private const int EndOfInput = -1;

    private readonly TextReader _reader;
    private readonly int _maxFieldChars;
    private readonly int _maxColumns;
    private readonly char[] _buffer = new char[32 * 1024];
    private int _bufferPos;
    private int _bufferLen;
    private char[] _field = new char[256];
    private int _fieldLen;
    private long _line = 1;
    private bool _atStart = true;

    public CsvRecordReader(TextReader reader, int maxFieldChars, int maxColumns)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxFieldChars, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxColumns, 1);
        _reader = reader;
        _maxFieldChars = maxFieldChars;
        _maxColumns = maxColumns;
    }

    /// <summary>A reader for a UTF-8 stream that reports invalid bytes instead of replacing them.</summary>
    public static CsvRecordReader ForUtf8(Stream stream, int maxFieldChars, int maxColumns) =>
        new(new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: false, bufferSize: 32 * 1024, leaveOpen: true),
            maxFieldChars, maxColumns);

    public static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>1-based line where the last record returned starts.</summary>
    public long RecordLine { get; private set; }

    /// <summary>How many fields the last record had, including those past <c>maxColumns</c> that were not kept.</summary>
    public int FieldCount { get; private set; }

    /// <summary>Why reading stopped, once <see cref="Read"/> returned <see cref="CsvReadStatus.Error"/>.</summary>
    public string? Error { get; private set; }

    /// <summary>Reads the next non-blank record into <paramref name="fields"/> (cleared first).</summary>
    public CsvReadStatus Read(List<string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        while (true)
        {
            var status = ReadRecord(fields, out var blank);
            if (status != CsvReadStatus.Record || !blank)
                return status;
        }
    }

    private CsvReadStatus ReadRecord(List<string> fields, out bool blank)
    {
        fields.Clear();
        FieldCount = 0;
        blank = false;
        if (Error is not null)
            return CsvReadStatus.Error;
        if (Peek() == EndOfInput)
            return Error is null ? CsvReadStatus.End : CsvReadStatus.Error;
        RecordLine = _line;
        var quotedAny = false;
        while (true)
        {
            var outcome = ReadField(out var quoted);
            if (outcome == FieldEnd.Failed)
                return CsvReadStatus.Error;
            quotedAny |= quoted;
            AddField(fields);
            if (outcome == FieldEnd.Record)
            {
                blank = FieldCount == 1 && _fieldLen == 0 && !quotedAny;
                return CsvReadStatus.Record;
            }
        }
    }

    private enum FieldEnd
    {
        Field,
        Record,
        Failed,
    }

    private FieldEnd ReadField(out bool quoted)
    {
        _fieldLen = 0;
        quoted = Peek() == '"';
        if (quoted)
        {
            Next();
            return ReadQuotedField();
        }
        return ReadUnquotedRest();
    }

    private FieldEnd ReadUnquotedRest()
    {
        while (true)
        {
            var c = Next();
            switch (c)
            {
                case EndOfInput:
                    return Error is null ? FieldEnd.Record : FieldEnd.Failed;
                case ',':
                    return FieldEnd.Field;
                case '\n':
                    _line++;
                    return FieldEnd.Record;
                case '\r':
                    ConsumeLineFeedAfterCarriageReturn();
                    return FieldEnd.Record;
                default:
                    if (!Append((char)c))
                        return FieldEnd.Failed;
                    break;
            }
        }
    }

    private FieldEnd ReadQuotedField()
    {
        var startLine = _line;
        while (true)
        {
            var c = Next();
            if (c == EndOfInput)
            {
                Error ??= $"unterminated quoted field starting at line {startLine}";
                return FieldEnd.Failed;
            }
            if (c == '"')
            {
                if (Peek() != '"')
                    return ReadUnquotedRest(); // lenient: text after the closing quote is kept, as most readers do
                Next();
            }
            else if (c == '\n' || (c == '\r' && Peek() != '\n'))
            {
                _line++;
            }
            if (!Append((char)c))
                return FieldEnd.Failed;
        }
    }

    private void ConsumeLineFeedAfterCarriageReturn()
    {
        if (Peek() == '\n')
            Next();
        _line++;
    }

    private bool Append(char c)
    {
        if (_fieldLen == _field.Length || _fieldLen >= _maxFieldChars)
        {
            if (_fieldLen >= _maxFieldChars)
            {
                Error = $"field longer than {_maxFieldChars} chars at line {_line}";
                return false;
            }
            Array.Resize(ref _field, (int)Math.Min((long)_field.Length * 2, _maxFieldChars));
        }
        _field[_fieldLen++] = c;
        return true;
    }

    private void AddField(List<string> fields)
    {
        FieldCount++;
        if (fields.Count < _maxColumns)
            fields.Add(_fieldLen == 0 ? "" : new string(_field, 0, _fieldLen));
    }

    private int Peek()
    {
        if (_bufferPos == _bufferLen && !Fill())
            return EndOfInput;
        return _buffer[_bufferPos];
    }

    private int Next()
    {
        if (_bufferPos == _bufferLen && !Fill())
            return EndOfInput;
        return _buffer[_bufferPos++];
    }

    private bool Fill()
    {
        if (Error is not null)
            return false;
        try
        {
            _bufferLen = _reader.Read(_buffer, 0, _buffer.Length);
        }
        catch (DecoderFallbackException)
        {
            // The decoder fails a whole buffer at once, so the line is where that buffer started.
            Error = $"invalid UTF-8 near line {_line}";
            _bufferLen = 0;
        }
        _bufferPos = 0;
        if (_bufferLen > 0 && _atStart)
            SkipByteOrderMark();
        return _bufferLen > 0;
    }

    private void SkipByteOrderMark()
    {
        _atStart = false;
        if (_buffer[0] == '\uFEFF')
            _bufferPos = 1;
        if (_bufferPos == _bufferLen)
            Fill();
    }
}
