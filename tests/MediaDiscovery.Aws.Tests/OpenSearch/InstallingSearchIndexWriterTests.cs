using System.Net;
using MediaDiscovery.Aws.OpenSearch;
using MediaDiscovery.Aws.Tests.Http;

namespace MediaDiscovery.Aws.Tests.OpenSearch;

public sealed class InstallingSearchIndexWriterTests
{
    private static readonly OpenSearchOptions Options = new()
    {
        Endpoint = new Uri("https://search-titles.eu-west-1.es.amazonaws.com"),
        Dimensions = 256,
    };

    [Fact]
    public async Task The_pipeline_and_index_are_installed_once_before_the_first_use()
    {
        var endpoint = new CapturingHandler(r => r.Method == HttpMethod.Put
            ? CapturingHandler.Json("""{"acknowledged":true}""")
            : CapturingHandler.Json("""{"docs":[]}"""));
        var writer = Writer(endpoint);

        await writer.GetEmbeddingHashesAsync(["t_00000000000000c1"]);
        await writer.GetEmbeddingHashesAsync(["t_00000000000000c2"]);

        var paths = endpoint.Requests.Select(r => $"{r.Method} {r.Uri.AbsolutePath}").ToList();
        Assert.Equal(4, paths.Count);
        Assert.Equal("PUT /_search/pipeline/titles-rrf", paths[0]);
        Assert.Equal("PUT /titles", paths[1]);
        Assert.DoesNotContain("PUT", paths[2], StringComparison.Ordinal);
        Assert.DoesNotContain("PUT", paths[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_install_fails_the_call_and_is_retried_on_the_next()
    {
        var denied = true;
        var endpoint = new CapturingHandler(r => r.Method == HttpMethod.Put
            ? denied
                ? CapturingHandler.Json("""{"message":"no permissions for [indices:admin/create]"}""", HttpStatusCode.Forbidden)
                : CapturingHandler.Json("""{"acknowledged":true}""")
            : CapturingHandler.Json("""{"docs":[]}"""));
        var writer = Writer(endpoint);

        await Assert.ThrowsAsync<OpenSearchException>(() => writer.GetEmbeddingHashesAsync(["t_00000000000000c1"]));
        Assert.All(endpoint.Requests, r => Assert.Equal(HttpMethod.Put, r.Method));

        denied = false;
        await writer.GetEmbeddingHashesAsync(["t_00000000000000c1"]);

        Assert.Equal(HttpMethod.Post, endpoint.Requests[^1].Method);
        Assert.Contains(endpoint.Requests, r => r.Method == HttpMethod.Put && r.Uri.AbsolutePath == "/titles");
    }

    private static InstallingSearchIndexWriter Writer(CapturingHandler endpoint)
    {
        var transport = new OpenSearchTransport(new HttpClient(endpoint), Options);
        return new InstallingSearchIndexWriter(new OpenSearchSearchIndexWriter(transport), new OpenSearchIndexInstaller(transport));
    }
}
