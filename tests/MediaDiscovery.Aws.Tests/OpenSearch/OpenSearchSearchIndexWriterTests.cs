using System.Net;
using System.Text.Json.Nodes;
using MediaDiscovery.Aws.Http;
using MediaDiscovery.Aws.OpenSearch;
using MediaDiscovery.Aws.Tests.Fixtures;
using MediaDiscovery.Aws.Tests.Http;
using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Testing;

namespace MediaDiscovery.Aws.Tests.OpenSearch;

public sealed class OpenSearchSearchIndexWriterTests
{
    private static readonly OpenSearchOptions Options = new()
    {
        Endpoint = new Uri("https://search-titles.eu-west-1.es.amazonaws.com"),
        Dimensions = 3,
        Retry = new HttpRetryOptions { MaxRetries = 1, FirstDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(5) },
        BulkItemRetries = 1,
    };

    [Fact]
    public async Task Hashes_are_read_with_one_mget_that_asks_for_the_hash_only()
    {
        var endpoint = new CapturingHandler(CapturingHandler.Json(Fixture.Read("OpenSearch/mget-embedding-hashes-response.json")));

        await Writer(endpoint).GetEmbeddingHashesAsync(["t_00000000000000c1", "t_00000000000000c2", "t_00000000000000c1"]);

        var sent = Assert.Single(endpoint.Requests);
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Equal("/titles/_mget", sent.Uri.PathAndQuery);
        JsonAssert.Equal(
            """{"docs":[{"_id":"t_00000000000000c1","_source":["embeddingHash"]},{"_id":"t_00000000000000c2","_source":["embeddingHash"]}]}""",
            sent.Body);
    }

    [Fact]
    public async Task Only_found_documents_with_a_hash_have_one()
    {
        var endpoint = new CapturingHandler(CapturingHandler.Json(Fixture.Read("OpenSearch/mget-embedding-hashes-response.json")));

        var hashes = await Writer(endpoint).GetEmbeddingHashesAsync(["t_00000000000000c1", "t_00000000000000c2", "t_00000000000000c3", "t_00000000000000c4"]);

        var (id, hash) = Assert.Single(hashes);
        Assert.Equal("t_00000000000000c1", id);
        Assert.Equal("0a1b2c3d4e5f60718293a4b5", hash);
    }

    [Fact]
    public async Task Many_ids_are_read_in_chunks()
    {
        var endpoint = new CapturingHandler(_ => CapturingHandler.Json("""{"docs":[]}"""));
        var ids = Enumerable.Range(0, OpenSearchSearchIndexWriter.MultiGetChunkSize + 1).Select(i => $"t_{i:x16}").ToList();

        await Writer(endpoint).GetEmbeddingHashesAsync(ids);

        Assert.Equal(2, endpoint.Requests.Count);
    }

    [Fact]
    public async Task A_failed_mget_is_a_typed_exception()
    {
        var endpoint = new CapturingHandler(_ => CapturingHandler.Json(
            """{"error":{"root_cause":[{"type":"index_not_found_exception","reason":"no such index [titles]"}],"type":"index_not_found_exception","reason":"no such index [titles]"},"status":404}""",
            HttpStatusCode.NotFound));

        var error = await Assert.ThrowsAsync<OpenSearchException>(() => Writer(endpoint).GetEmbeddingHashesAsync(["t_00000000000000c1"]));

        Assert.Equal("index_not_found_exception", error.ErrorType);
    }

    [Fact]
    public async Task A_new_vector_indexes_the_whole_document_with_its_hash_and_model()
    {
        var endpoint = new CapturingHandler(_ => Succeeded("index"));
        var title = SampleTitles.Movie("Us", 2019, ("prime-video", "s30"));

        await Writer(endpoint).IndexAsync([new IndexedTitle(title, [0.6f, 0.8f, 0f], "hash-1", "bedrock:titan:3")]);

        var lines = Lines(Assert.Single(endpoint.Requests));
        Assert.Equal(2, lines.Length);
        JsonAssert.Equal(ActionLine("index", title.Id), lines[0]);
        var document = JsonNode.Parse(lines[1])!;
        Assert.Equal(title.Id, (string?)document["titleId"]);
        Assert.Equal("hash-1", (string?)document["embeddingHash"]);
        Assert.Equal("bedrock:titan:3", (string?)document["embeddingModel"]);
        Assert.Equal([0.6f, 0.8f, 0f], document["embedding"]!.AsArray().Select(n => (float)n!));
    }

    [Fact]
    public async Task An_unchanged_embedding_is_a_partial_update_without_the_vector()
    {
        var endpoint = new CapturingHandler(_ => Succeeded("update"));
        var title = SampleTitles.Series("Dark", 2017, ("netflix", "s1"));

        await Writer(endpoint).IndexAsync([new IndexedTitle(title, null, "hash-2", "bedrock:titan:3")]);

        var lines = Lines(Assert.Single(endpoint.Requests));
        Assert.Equal(2, lines.Length);
        JsonAssert.Equal(ActionLine("update", title.Id), lines[0]);
        var doc = JsonNode.Parse(lines[1])!.AsObject();
        Assert.Equal(["doc"], doc.Select(p => p.Key));
        var fields = doc["doc"]!.AsObject();
        Assert.False(fields.ContainsKey("embedding"));
        Assert.Equal("Dark", (string?)fields["title"]);
        Assert.Equal("hash-2", (string?)fields["embeddingHash"]);
        Assert.Equal(["netflix"], fields["availablePlatforms"]!.AsArray().Select(n => (string?)n));
        // A series has no runtime: the update clears whatever was stored rather than leaving it.
        Assert.True(fields.ContainsKey("runtimeMinutes"));
        Assert.Null(fields["runtimeMinutes"]);
    }

    [Fact]
    public async Task Item_errors_are_failures_of_those_titles_and_a_noop_update_is_a_success()
    {
        var endpoint = new CapturingHandler(CapturingHandler.Json(Fixture.Read("OpenSearch/bulk-response-index-and-update.json")));
        var titles = new[]
        {
            Indexed("t_00000000000000c1", [1f, 0f, 0f]),
            Indexed("t_00000000000000c2", null),
            Indexed("t_00000000000000c3", null),
        };

        var failed = await Writer(endpoint).IndexAsync(titles);

        var actions = Lines(Assert.Single(endpoint.Requests)).Where((_, i) => i % 2 == 0).Select(l => JsonNode.Parse(l)!.AsObject().Single().Key);
        Assert.Equal(["index", "update", "update"], actions);
        var (id, why) = Assert.Single(failed);
        Assert.Equal("t_00000000000000c3", id);
        Assert.Contains("404", why, StringComparison.Ordinal);
        Assert.Contains("document_missing_exception", why, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_bulk_call_fails_every_title()
    {
        var endpoint = new CapturingHandler(_ => CapturingHandler.Json(
            """{"error":{"root_cause":[{"type":"cluster_block_exception","reason":"index [titles] blocked by: [FORBIDDEN/8/index write (api)];"}],"type":"cluster_block_exception","reason":"index [titles] blocked by: [FORBIDDEN/8/index write (api)];"},"status":403}""",
            HttpStatusCode.Forbidden));

        var failed = await Writer(endpoint).IndexAsync([Indexed("t_00000000000000c1", [1f, 0f, 0f]), Indexed("t_00000000000000c2", null)]);

        Assert.Equal(["t_00000000000000c1", "t_00000000000000c2"], failed.Keys.Order(StringComparer.Ordinal));
        Assert.All(failed.Values, why => Assert.Contains("cluster_block_exception", why, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Nothing_to_index_sends_nothing()
    {
        var endpoint = new CapturingHandler();

        Assert.Empty(await Writer(endpoint).IndexAsync([]));
        Assert.Empty(endpoint.Requests);
    }

    private static OpenSearchSearchIndexWriter Writer(CapturingHandler endpoint) => new(new OpenSearchTransport(new HttpClient(endpoint), Options));

    private static string[] Lines(CapturedRequest request)
    {
        Assert.Equal("/_bulk", request.Uri.PathAndQuery);
        return request.Body.TrimEnd('\n').Split('\n');
    }

    private static string ActionLine(string action, string id) =>
        new JsonObject { [action] = new JsonObject { ["_index"] = "titles", ["_id"] = id } }.ToJsonString();

    private static IndexedTitle Indexed(string id, float[]? vector) =>
        new(SampleTitles.Movie(id, 2000) with { Id = id }, vector, "hash-" + id, "fixed");

    private static HttpResponseMessage Succeeded(string action) => CapturingHandler.Json(new JsonObject
    {
        ["took"] = 1,
        ["errors"] = false,
        ["items"] = new JsonArray(new JsonObject { [action] = new JsonObject { ["_index"] = "titles", ["_id"] = "t", ["status"] = 200, ["result"] = "updated" } }),
    }.ToJsonString());
}
