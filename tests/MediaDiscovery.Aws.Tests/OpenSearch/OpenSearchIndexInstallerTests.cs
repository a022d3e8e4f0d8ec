using System.Net;
using MediaDiscovery.Aws.OpenSearch;
using MediaDiscovery.Aws.Tests.Fixtures;
using MediaDiscovery.Aws.Tests.Http;

namespace MediaDiscovery.Aws.Tests.OpenSearch;

public sealed class OpenSearchIndexInstallerTests
{
    private static readonly OpenSearchOptions Options = new()
    {
        Endpoint = new Uri("https://search-titles.eu-west-1.es.amazonaws.com"),
        Dimensions = 256,
    };

    [Fact]
    public async Task It_puts_the_rrf_pipeline_and_the_index_with_its_mapping()
    {
        var endpoint = new CapturingHandler(_ => CapturingHandler.Json("""{"acknowledged":true}"""));

        await new OpenSearchIndexInstaller(new OpenSearchTransport(new HttpClient(endpoint), Options)).EnsureAsync();

        Assert.Equal(2, endpoint.Requests.Count);
        Assert.Equal(HttpMethod.Put, endpoint.Requests[0].Method);
        Assert.Equal("/_search/pipeline/titles-rrf", endpoint.Requests[0].Uri.PathAndQuery);
        JsonAssert.Equal(Fixture.Read("OpenSearch/search-pipeline.json"), endpoint.Requests[0].Body);
        Assert.Equal("/titles", endpoint.Requests[1].Uri.PathAndQuery);
        JsonAssert.Equal(Fixture.Read("OpenSearch/index-256.json"), endpoint.Requests[1].Body);
    }

    [Fact]
    public async Task An_index_that_exists_already_is_fine_but_other_errors_are_not()
    {
        var exists = new CapturingHandler(
            CapturingHandler.Json("""{"acknowledged":true}"""),
            CapturingHandler.Json("""{"error":{"root_cause":[{"type":"resource_already_exists_exception","reason":"index [titles/abc] already exists"}],"type":"resource_already_exists_exception","reason":"index [titles/abc] already exists"},"status":400}""", HttpStatusCode.BadRequest));
        await new OpenSearchIndexInstaller(new OpenSearchTransport(new HttpClient(exists), Options)).EnsureAsync();

        var forbidden = new CapturingHandler(_ => CapturingHandler.Json("""{"message":"User: arn:aws:sts::123:assumed-role/x is not authorized"}""", HttpStatusCode.Forbidden));
        var error = await Assert.ThrowsAsync<OpenSearchException>(() => new OpenSearchIndexInstaller(new OpenSearchTransport(new HttpClient(forbidden), Options)).EnsureAsync());
        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
    }

    [Fact]
    public void The_vector_dimension_follows_the_embedder()
    {
        var glove = OpenSearchIndexDefinition.Build(100, "faiss");

        Assert.Equal(100, (int)glove["mappings"]!["properties"]!["embedding"]!["dimension"]!);
        Assert.Equal("faiss", (string?)glove["mappings"]!["properties"]!["embedding"]!["method"]!["engine"]);
    }
}
