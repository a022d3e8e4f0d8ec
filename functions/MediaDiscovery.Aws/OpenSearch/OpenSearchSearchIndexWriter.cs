using System.Text.Json.Nodes;
using MediaDiscovery.Core.Ports;

namespace MediaDiscovery.Aws.OpenSearch;

/// <summary>
/// Writes indexed titles to the OpenSearch titles index. A title with a new vector is indexed whole; a title whose
/// embedding is unchanged (null vector) is a partial update without the embedding, so the stored vector is kept
/// and not sent again. Item failures come back per title; a failed call fails every title of the call.
/// </summary>
public sealed class OpenSearchSearchIndexWriter(OpenSearchTransport transport, TimeProvider? time = null) : ISearchIndexWriter
{
    /// <summary>Ids per <c>_mget</c>: hashes are small, this only bounds the request.</summary>
    public const int MultiGetChunkSize = 1000;

    private readonly OpenSearchOptions options = transport.Options;
    private readonly OpenSearchBulkIndexer bulk = new(transport, time);

    public async Task<IReadOnlyDictionary<string, string>> GetEmbeddingHashesAsync(IReadOnlyList<string> titleIds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(titleIds);
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chunk in titleIds.Distinct(StringComparer.Ordinal).Chunk(MultiGetChunkSize))
        {
            var response = await transport.SendAsync(
                HttpMethod.Post, $"/{options.IndexName}/_mget", MultiGetBody(chunk), OpenSearchJsonContext.Default.MultiGetResponse, ct);
            foreach (var doc in response.Docs)
            {
                // Missing, unreadable or hash-less documents are absent: those titles are embedded again.
                if (doc is { Found: true, Id: { } id, Source.EmbeddingHash: { } hash })
                    hashes[id] = hash;
            }
        }
        return hashes;
    }

    public async Task<IReadOnlyDictionary<string, string>> IndexAsync(IReadOnlyList<IndexedTitle> titles, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(titles);
        if (titles.Count == 0)
            return new Dictionary<string, string>();
        var operations = titles.Select(Operation).ToList();
        try
        {
            var result = await bulk.WriteAsync(operations, ct);
            return result.Failures
                .GroupBy(f => f.TitleId, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => Describe(g.First()), StringComparer.Ordinal);
        }
        catch (OpenSearchException e)
        {
            // The call failed as a whole: every title is retried (its message goes back to the queue).
            return titles.Select(t => t.Title.Id).Distinct(StringComparer.Ordinal)
                .ToDictionary(id => id, _ => "index failed: " + e.Message, StringComparer.Ordinal);
        }
    }

    /// <summary><c>{"docs":[{"_id":..., "_source":["embeddingHash"]}]}</c>: only the hash is read back, never the vector.</summary>
    private static JsonObject MultiGetBody(IEnumerable<string> ids) => new()
    {
        ["docs"] = new JsonArray(ids
            .Select(id => (JsonNode?)new JsonObject { ["_id"] = id, ["_source"] = new JsonArray("embeddingHash") })
            .ToArray()),
    };

    private static OpenSearchBulkOperation Operation(IndexedTitle title)
    {
        var document = OpenSearchTitleDocument.From(title);
        return title.Vector is null ? OpenSearchBulkOperation.Update(document) : OpenSearchBulkOperation.Index(document);
    }

    private static string Describe(OpenSearchBulkFailure failure) =>
        $"{failure.Action} failed with {failure.Status} {failure.ErrorType ?? "(no type)"}: {failure.Reason ?? "(no reason given)"}";
}
