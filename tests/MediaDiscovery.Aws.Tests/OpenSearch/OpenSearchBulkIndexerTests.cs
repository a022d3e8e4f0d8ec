using System.Net;
using System.Text.Json.Nodes;
using MediaDiscovery.Aws.Http;
using MediaDiscovery.Aws.OpenSearch;
using MediaDiscovery.Aws.Tests.Fixtures;
using MediaDiscovery.Aws.Tests.Http;
using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Recommendations;
using MediaDiscovery.Testing;

namespace MediaDiscovery.Aws.Tests.OpenSearch;

public sealed class OpenSearchBulkIndexerTests
{
    private static readonly OpenSearchOptions Options = new()
    {
        Endpoint = new Uri("https://search-titles.eu-west-1.es.amazonaws.com"),
        Dimensions = 3,
        Retry = new HttpRetryOptions { MaxRetries = 1, FirstDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(5) },
        BulkItemRetries = 2,
    };

    [Fact]
    public async Task The_body_is_ndjson_with_an_action_line_and_a_document_per_index_and_an_action_line_per_delete()
    {
        var endpoint = new CapturingHandler(_ => AllCreated(2));
        var title = SampleTitles.Movie("Us", 2019, ("prime-video", "s30")) with { Cast = ["Lupita Nyong'o"], Directors = ["Jordan Peele"] };

        await Indexer(endpoint).WriteAsync([
            OpenSearchBulkOperation.Index(OpenSearchTitleDocument.From(title, [0.6f, 0.8f, 0f])),
            OpenSearchBulkOperation.Delete("t_00000000000000c4")]);

        var sent = Assert.Single(endpoint.Requests);
        Assert.Equal("/_bulk", sent.Uri.PathAndQuery);
        Assert.StartsWith("application/x-ndjson", sent.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.EndsWith("\n", sent.Body, StringComparison.Ordinal);
        var lines = sent.Body.TrimEnd('\n').Split('\n');
        Assert.Equal(3, lines.Length);
        JsonAssert.Equal(new JsonObject { ["index"] = new JsonObject { ["_index"] = "titles", ["_id"] = title.Id } }.ToJsonString(), lines[0]);
        var document = JsonNode.Parse(lines[1])!;
        Assert.Equal(title.Id, (string?)document["titleId"]);
        Assert.Equal("Us", (string?)document["title"]);
        Assert.Equal("movie", (string?)document["type"]);
        Assert.Equal(["lupita nyongo"], document["castNames"]!.AsArray().Select(n => (string?)n));
        Assert.Equal(["prime-video"], document["availablePlatforms"]!.AsArray().Select(n => (string?)n));
        Assert.Equal(3, document["embedding"]!.AsArray().Count);
        Assert.Equal(CatalogPrior.Of(title), (double)document["prior"]!, 9);
        JsonAssert.Equal("""{"delete":{"_index":"titles","_id":"t_00000000000000c4"}}""", lines[2]);
    }

    [Fact]
    public async Task Item_errors_are_read_throttled_items_are_resent_and_a_missing_delete_counts_as_done()
    {
        var endpoint = new CapturingHandler(CapturingHandler.Json(Fixture.Read("OpenSearch/bulk-response-errors.json")), AllCreated(1));

        var result = await Indexer(endpoint).WriteAsync([Index("t_00000000000000c1"), Index("t_00000000000000c2"), Index("t_00000000000000c3"), OpenSearchBulkOperation.Delete("t_00000000000000c4")]);

        Assert.Equal(2, endpoint.Requests.Count);
        var resent = endpoint.Requests[1].Body.TrimEnd('\n').Split('\n');
        Assert.Equal(2, resent.Length);
        Assert.Contains("t_00000000000000c2", resent[0], StringComparison.Ordinal);
        Assert.Equal(3, result.Succeeded);
        var failure = Assert.Single(result.Failures);
        Assert.Equal(new OpenSearchBulkFailure("t_00000000000000c3", "index", 400, "mapper_parsing_exception", failure.Reason), failure);
        Assert.Contains("failed to parse field [embedding]", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Items_still_throttled_after_the_retries_are_failures()
    {
        var endpoint = new CapturingHandler(_ => CapturingHandler.Json("""
            {"took":1,"errors":true,"items":[{"index":{"_index":"titles","_id":"t_00000000000000c2","status":429,"error":{"type":"es_rejected_execution_exception","reason":"rejected"}}}]}
            """));

        var result = await Indexer(endpoint).WriteAsync([Index("t_00000000000000c2")]);

        Assert.Equal(3, endpoint.Requests.Count);
        Assert.Equal(429, Assert.Single(result.Failures).Status);
    }

    [Fact]
    public async Task Many_operations_go_in_chunks()
    {
        var endpoint = new CapturingHandler(request => AllCreated(request.Body.Count(c => c == '\n') / 2));
        var operations = Enumerable.Range(0, OpenSearchBulkIndexer.ChunkSize + 10).Select(i => Index($"t_{i:x16}")).ToList();

        var result = await Indexer(endpoint).WriteAsync(operations);

        Assert.Equal(2, endpoint.Requests.Count);
        Assert.Equal(operations.Count, result.Succeeded);
        Assert.True(result.AllSucceeded);
    }

    [Fact]
    public async Task A_failed_call_is_a_typed_exception()
    {
        var endpoint = new CapturingHandler(_ => CapturingHandler.Json(
            """{"error":{"root_cause":[{"type":"index_not_found_exception","reason":"no such index [titles]"}],"type":"index_not_found_exception","reason":"no such index [titles]"},"status":404}""",
            HttpStatusCode.NotFound));

        var error = await Assert.ThrowsAsync<OpenSearchException>(() => Indexer(endpoint).WriteAsync([Index("t_00000000000000c1")]));

        Assert.Equal("index_not_found_exception", error.ErrorType);
    }

    private static OpenSearchBulkIndexer Indexer(CapturingHandler endpoint) => new(new OpenSearchTransport(new HttpClient(endpoint), Options));

    private static OpenSearchBulkOperation Index(string id) =>
        OpenSearchBulkOperation.Index(new OpenSearchTitleDocument { TitleId = id, Title = id, Type = "movie", Embedding = [1f, 0f, 0f] });

    private static HttpResponseMessage AllCreated(int count)
    {
        var items = new JsonArray(Enumerable.Range(0, count)
            .Select(i => (JsonNode?)new JsonObject { ["index"] = new JsonObject { ["_index"] = "titles", ["_id"] = $"t{i}", ["status"] = 201, ["result"] = "created" } })
            .ToArray());
        return CapturingHandler.Json(new JsonObject { ["took"] = 1, ["errors"] = false, ["items"] = items }.ToJsonString());
    }
}
