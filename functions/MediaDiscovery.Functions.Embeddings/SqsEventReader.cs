using System.Text.Json;
using MediaDiscovery.Aws.Sqs;
using Microsoft.AspNetCore.Http.Features;

namespace MediaDiscovery.Functions.Embeddings;

/// <summary>Reads a Lambda SQS event from a request body: bounded, and only if it is one.</summary>
public static class SqsEventReader
{
    /// <summary>Lambda's synchronous invocation payload limit: no real event is larger.</summary>
    public const int MaxEventBytes = 6 * 1024 * 1024;

    /// <summary>The event, or why not (<see cref="IsTooLarge"/>: the body exceeded <see cref="MaxEventBytes"/>).</summary>
    public sealed record Result(SqsEvent? Event, string? Error, bool IsTooLarge = false);

    public static async Task<Result> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > MaxEventBytes)
            return TooLarge();
        AllowEventSizedBody(request.HttpContext);
        var body = await ReadBoundedAsync(request.Body, ct);
        return body is null ? TooLarge() : Parse(body);
    }

    public static Result Parse(ReadOnlyMemory<byte> body)
    {
        try
        {
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 16 });
            var root = document.RootElement;
            // An empty object would deserialize as an empty batch: demand the event's own shape.
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("Records", out var records) || records.ValueKind != JsonValueKind.Array)
                return new Result(null, "Expected an SQS event with a 'Records' array.");
            var sqsEvent = root.Deserialize(SqsEventJsonContext.Default.SqsEvent);
            return sqsEvent is null ? new Result(null, "The event is null.") : new Result(sqsEvent, null);
        }
        catch (JsonException e)
        {
            return new Result(null, "The event is not a valid SQS event: " + e.Message);
        }
    }

    private static Result TooLarge() => new(null, $"The event is larger than {MaxEventBytes} bytes.", IsTooLarge: true);

    /// <summary>The service-wide body limit is smaller than a full SQS batch may be.</summary>
    private static void AllowEventSizedBody(HttpContext context)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = MaxEventBytes;
    }

    /// <summary>The body, or null when it exceeds <see cref="MaxEventBytes"/> (whatever Content-Length said).</summary>
    private static async Task<byte[]?> ReadBoundedAsync(Stream body, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxEventBytes)
                return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
