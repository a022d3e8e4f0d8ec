using System.Buffers;
using System.Text.Json;

namespace MediaDiscovery.Embedded.Embeddings;

/// <summary>
/// Streams the package's JSON (~300 MB) with <see cref="Utf8JsonReader"/> over a sliding buffer, so memory stays at
/// the size of the result. Layout: <c>{"precision","l2NormIndex","wordIndex","size","dimensions","words":[...],
/// "vectors":{word:[d values..., l2 norm, word index]},"unkVector":[...]}</c>; only <c>dimensions</c>, <c>size</c>,
/// <c>wordIndex</c> and <c>vectors</c> are needed (the word index orders rows by frequency).
/// </summary>
internal sealed class GloveJsonReader
{
    private const int InitialBufferSize = 1 << 20;

    private string topProperty = "";
    private int dimensions = 100;
    private int size;
    private int wordIndexPosition = 101;
    private QuantizedWordVectors.Builder? builder;
    private string? word;
    private readonly float[] values = new float[1024];
    private int valueCount;
    private int sequence;

    /// <param name="bufferSize">Initial buffer; grows when one token is larger (tests use tiny buffers).</param>
    public static QuantizedWordVectors Read(Stream json, int bufferSize = InitialBufferSize, CancellationToken ct = default) =>
        new GloveJsonReader().ReadAll(json, bufferSize, ct);

    private QuantizedWordVectors ReadAll(Stream json, int bufferSize, CancellationToken ct)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(bufferSize);
        try
        {
            var state = new JsonReaderState();
            var filled = 0;
            var final = false;
            while (!final)
            {
                ct.ThrowIfCancellationRequested();
                if (filled == buffer.Length)
                    buffer = Grow(buffer, filled);
                var read = json.Read(buffer, filled, buffer.Length - filled);
                filled += read;
                final = read == 0;
                var reader = new Utf8JsonReader(buffer.AsSpan(0, filled), final, state);
                while (reader.Read())
                    Handle(ref reader);
                state = reader.CurrentState;
                var consumed = (int)reader.BytesConsumed;
                buffer.AsSpan(consumed, filled - consumed).CopyTo(buffer);
                filled -= consumed;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        if (builder is null)
            throw new InvalidDataException("the JSON has no \"vectors\" object");
        return builder.Build();
    }

    private static byte[] Grow(byte[] buffer, int filled)
    {
        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
        buffer.AsSpan(0, filled).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }

    private void Handle(ref Utf8JsonReader reader)
    {
        var depth = reader.CurrentDepth;
        switch (reader.TokenType)
        {
            case JsonTokenType.PropertyName when depth == 1:
                topProperty = reader.GetString()!;
                break;
            case JsonTokenType.Number when depth == 1:
                ReadHeaderNumber(reader.GetInt32());
                break;
            case JsonTokenType.PropertyName when depth == 2 && topProperty == "vectors":
                word = reader.GetString();
                valueCount = 0;
                break;
            case JsonTokenType.Number when depth == 3 && topProperty == "vectors":
                if (valueCount == values.Length)
                    throw new InvalidDataException($"vector for '{word}' is longer than {values.Length}");
                values[valueCount++] = reader.GetSingle();
                break;
            case JsonTokenType.EndArray when depth == 2 && topProperty == "vectors":
                AddVector();
                break;
        }
    }

    private void ReadHeaderNumber(int value)
    {
        switch (topProperty)
        {
            case "dimensions": dimensions = value; break;
            case "size": size = value; break;
            case "wordIndex": wordIndexPosition = value; break;
        }
    }

    private void AddVector()
    {
        builder ??= new QuantizedWordVectors.Builder(dimensions, size);
        if (word is null || valueCount < dimensions)
            throw new InvalidDataException($"vector for '{word}' has {valueCount} values, expected at least {dimensions}");
        // Rows carry their frequency rank; fall back to file order if a variant of the layout lacks it.
        var index = wordIndexPosition < valueCount ? (int)values[wordIndexPosition] : sequence;
        sequence++;
        builder.Add(word, index, values.AsSpan(0, dimensions));
        word = null;
    }
}
