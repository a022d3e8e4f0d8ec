using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MediaDiscovery.Aws.OpenSearch;

/// <summary>
/// Writes titles with the NDJSON <c>_bulk</c> API in chunks. A bulk call succeeds as a whole even when items fail,
/// so each item's status is read: items rejected with 429 (a full write queue) are resent with backoff, a delete of a
/// missing document counts as done, and other item errors are returned as failures. A failed call is an
/// <see cref="OpenSearchException"/>.
/// </summary>
public sealed class OpenSearchBulkIndexer(OpenSearchTransport transport, TimeProvider? time = null)
{
    /// <summary>Actions per request: about 5 MB with 1024-dimension embeddings, well under the 10 MB request limit of small domains.</summary>
    public const int ChunkSize = 250;

    /// <summary>Nullable facts of a document: an update names them even when null, to clear a stored value.</summary>
    private static readonly string[] ClearedWhenUnknown = ["releaseYear", "runtimeMinutes", "minAge"];

    private readonly OpenSearchOptions options = transport.Options;
    private readonly TimeProvider clock = time ?? TimeProvider.System;

    public async Task<OpenSearchBulkResult> WriteAsync(IReadOnlyList<OpenSearchBulkOperation> operations, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(operations);
        var succeeded = 0;
        var failures = new List<OpenSearchBulkFailure>();
        foreach (var chunk in operations.Chunk(ChunkSize))
        {
            var result = await WriteChunkAsync(chunk, ct);
            succeeded += result.Succeeded;
            failures.AddRange(result.Failures);
        }
        return new OpenSearchBulkResult(succeeded, failures);
    }

    /// <summary>The NDJSON body: an action line per operation, followed by the document (index) or partial document (update).</summary>
    public string Body(IEnumerable<OpenSearchBulkOperation> operations)
    {
        ArgumentNullException.ThrowIfNull(operations);
        var ndjson = new StringBuilder();
        foreach (var operation in operations)
        {
            ndjson.Append(new JsonObject { [ActionOf(operation)] = new JsonObject { ["_index"] = options.IndexName, ["_id"] = operation.TitleId } }.ToJsonString()).Append('\n');
            switch (operation)
            {
                case OpenSearchBulkOperation.IndexDocument index:
                    ndjson.Append(JsonSerializer.Serialize(index.Document, OpenSearchJsonContext.Default.OpenSearchTitleDocument)).Append('\n');
                    break;
                case OpenSearchBulkOperation.UpdateDocument update:
                    ndjson.Append(new JsonObject { ["doc"] = PartialDocument(update.Document) }.ToJsonString()).Append('\n');
                    break;
            }
        }
        return ndjson.ToString();
    }

    private static string ActionOf(OpenSearchBulkOperation operation) => operation switch
    {
        OpenSearchBulkOperation.IndexDocument => "index",
        OpenSearchBulkOperation.UpdateDocument => "update",
        _ => "delete",
    };

    /// <summary>
    /// The fields an update sets: all but the embedding (so the stored vector stays), and an explicit null for a
    /// fact that became unknown (a partial doc only changes the fields it names).
    /// </summary>
    private static JsonObject PartialDocument(OpenSearchTitleDocument document)
    {
        var doc = JsonSerializer.SerializeToNode(document with { Embedding = null }, OpenSearchJsonContext.Default.OpenSearchTitleDocument)!.AsObject();
        foreach (var field in ClearedWhenUnknown)
            doc.TryAdd(field, null);
        return doc;
    }

    private async Task<OpenSearchBulkResult> WriteChunkAsync(IReadOnlyList<OpenSearchBulkOperation> chunk, CancellationToken ct)
    {
        var pending = chunk;
        var succeeded = 0;
        var failures = new List<OpenSearchBulkFailure>();
        for (var round = 0; pending.Count > 0; round++)
        {
            var response = await transport.SendAsync(HttpMethod.Post, "/_bulk", Body(pending), "application/x-ndjson", OpenSearchJsonContext.Default.BulkResponse, ct);
            if (response.Items.Count != pending.Count)
                throw new OpenSearchException($"OpenSearch _bulk answered {response.Items.Count} items for {pending.Count} actions.");
            var throttled = new List<OpenSearchBulkOperation>();
            for (var i = 0; i < pending.Count; i++)
            {
                var (action, item) = response.Items[i].First();
                if (IsDone(action, item))
                    succeeded++;
                else if (item.Status == 429 && round < options.BulkItemRetries)
                    throttled.Add(pending[i]);
                else
                    failures.Add(new OpenSearchBulkFailure(pending[i].TitleId, action, item.Status, item.Error?.Type, item.Error?.Reason));
            }
            pending = throttled;
            if (pending.Count > 0)
                await Task.Delay(Backoff(round + 1), clock, ct);
        }
        return new OpenSearchBulkResult(succeeded, failures);
    }

    /// <summary>2xx; and a delete of what is not there is what a delete wants.</summary>
    private static bool IsDone(string action, BulkItemResult item) =>
        item.Status is >= 200 and < 300 || (action == "delete" && item.Status == 404 && item.Error is null);

    private TimeSpan Backoff(int retry)
    {
        var exponential = options.Retry.FirstDelay * Math.Pow(2, Math.Min(retry - 1, 20));
        var capped = exponential < options.Retry.MaxDelay ? exponential : options.Retry.MaxDelay;
        return capped * (0.5 + (Random.Shared.NextDouble() / 2));
    }
}
