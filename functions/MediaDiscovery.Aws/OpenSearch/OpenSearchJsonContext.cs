using System.Text.Json;
using System.Text.Json.Serialization;

namespace MediaDiscovery.Aws.OpenSearch;

internal sealed record SearchResponse(SearchHits? Hits);

internal sealed record SearchHits(TotalHits? Total, IReadOnlyList<SearchHit>? Hits);

internal sealed record TotalHits(long Value, string? Relation);

internal sealed record SearchHit(
    [property: JsonPropertyName("_id")] string Id,
    [property: JsonPropertyName("_score")] double? Score,
    [property: JsonPropertyName("sort")] IReadOnlyList<JsonElement>? Sort,
    [property: JsonPropertyName("matched_queries")] IReadOnlyList<string>? MatchedQueries);

internal sealed record GetDocumentResponse(
    [property: JsonPropertyName("_id")] string? Id,
    [property: JsonPropertyName("found")] bool Found,
    [property: JsonPropertyName("_source")] EmbeddingSource? Source);

internal sealed record EmbeddingSource([property: JsonPropertyName("embedding")] float[]? Embedding);

/// <summary>The <c>_mget</c> answer: one entry per requested id, in order; <c>found</c> false (or an <c>error</c>) when not read.</summary>
internal sealed record MultiGetResponse([property: JsonPropertyName("docs")] IReadOnlyList<MultiGetDocument> Docs);

internal sealed record MultiGetDocument(
    [property: JsonPropertyName("_id")] string? Id,
    [property: JsonPropertyName("found")] bool Found,
    [property: JsonPropertyName("_source")] EmbeddingHashSource? Source,
    [property: JsonPropertyName("error")] JsonElement? Error);

internal sealed record EmbeddingHashSource([property: JsonPropertyName("embeddingHash")] string? EmbeddingHash);

/// <summary><c>error</c> is an object (<c>type</c>, <c>reason</c>, <c>root_cause</c>) or, for some errors, a string.</summary>
internal sealed record ErrorResponse(
    [property: JsonPropertyName("error")] JsonElement Error,
    [property: JsonPropertyName("status")] int? Status);

internal sealed record BulkResponse(
    [property: JsonPropertyName("took")] long Took,
    [property: JsonPropertyName("errors")] bool Errors,
    [property: JsonPropertyName("items")] IReadOnlyList<Dictionary<string, BulkItemResult>> Items);

internal sealed record BulkItemResult(
    [property: JsonPropertyName("_id")] string? Id,
    [property: JsonPropertyName("status")] int Status,
    [property: JsonPropertyName("result")] string? Result,
    [property: JsonPropertyName("error")] BulkItemError? Error);

internal sealed record BulkItemError(
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("reason")] string? Reason);

/// <summary>OpenSearch's wire types (request DSL is built as <see cref="System.Text.Json.Nodes.JsonNode"/> trees).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SearchResponse))]
[JsonSerializable(typeof(GetDocumentResponse))]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(BulkResponse))]
[JsonSerializable(typeof(MultiGetResponse))]
[JsonSerializable(typeof(OpenSearchTitleDocument))]
internal sealed partial class OpenSearchJsonContext : JsonSerializerContext;
