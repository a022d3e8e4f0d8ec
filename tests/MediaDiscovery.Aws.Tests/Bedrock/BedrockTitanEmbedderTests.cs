using System.Net;
using System.Text.Json;
using MediaDiscovery.Aws.Bedrock;
using MediaDiscovery.Aws.Http;
using MediaDiscovery.Aws.Tests.Fixtures;
using MediaDiscovery.Aws.Tests.Http;

namespace MediaDiscovery.Aws.Tests.Bedrock;

/// <summary>Against Titan text embeddings v2 responses shaped as Bedrock documents them (fixtures in Fixtures/Bedrock).</summary>
public sealed class BedrockTitanEmbedderTests
{
    private static readonly BedrockTitanOptions Options = new()
    {
        Region = "eu-west-1",
        Dimensions = 256,
        Retry = new HttpRetryOptions { MaxRetries = 3, FirstDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(5) },
    };

    [Fact]
    public async Task One_text_is_one_invoke_call_with_the_documented_body_and_a_unit_vector_comes_back()
    {
        var endpoint = new CapturingHandler(CapturingHandler.Json(Fixture.Read("Bedrock/titan-v2-256.json")));
        var embedder = new BedrockTitanEmbedder(new HttpClient(endpoint), Options);

        var vector = await embedder.EmbedAsync("A rom-com streaming tonight");

        var sent = Assert.Single(endpoint.Requests);
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Equal("https://bedrock-runtime.eu-west-1.amazonaws.com/model/amazon.titan-embed-text-v2%3A0/invoke", sent.Uri.AbsoluteUri);
        JsonAssert.Equal("""{"inputText":"A rom-com streaming tonight","dimensions":256,"normalize":true}""", sent.Body);
        Assert.StartsWith("application/json", sent.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Equal(256, vector.Length);
        Assert.Equal(1.0, Norm(vector), 4);
        Assert.Equal("bedrock:amazon.titan-embed-text-v2:0:256", embedder.ModelId);
    }

    [Fact]
    public async Task A_vector_the_model_did_not_normalise_is_normalised_here()
    {
        var endpoint = new CapturingHandler(CapturingHandler.Json(Fixture.Read("Bedrock/titan-v2-256-unnormalised.json")));
        var vector = await new BedrockTitanEmbedder(new HttpClient(endpoint), Options).EmbedAsync("x");

        Assert.Equal(1.0, Norm(vector), 4);
    }

    [Fact]
    public async Task Throttling_is_retried_and_then_succeeds()
    {
        var endpoint = new CapturingHandler(
            Throttled(), Throttled(), CapturingHandler.Json(Fixture.Read("Bedrock/titan-v2-256.json")));

        var vector = await new BedrockTitanEmbedder(new HttpClient(endpoint), Options).EmbedAsync("x");

        Assert.Equal(3, endpoint.Requests.Count);
        Assert.Equal(256, vector.Length);
    }

    [Fact]
    public async Task Throttling_that_outlasts_the_retries_is_a_clear_exception()
    {
        var endpoint = new CapturingHandler(_ => Throttled());

        var error = await Assert.ThrowsAsync<BedrockInvocationException>(() => new BedrockTitanEmbedder(new HttpClient(endpoint), Options).EmbedAsync("x"));

        Assert.Equal(4, endpoint.Requests.Count);
        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal("ThrottlingException", error.ErrorType);
        Assert.Contains("Too many requests", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_validation_error_is_not_retried()
    {
        var response = CapturingHandler.Json(Fixture.Read("Bedrock/validation.json"), HttpStatusCode.BadRequest);
        response.Headers.Add("x-amzn-ErrorType", "ValidationException:http://internal.amazon.com/coral/com.amazon.bedrock/");
        var endpoint = new CapturingHandler(response);

        var error = await Assert.ThrowsAsync<BedrockInvocationException>(() => new BedrockTitanEmbedder(new HttpClient(endpoint), Options).EmbedAsync("x"));

        Assert.Single(endpoint.Requests);
        Assert.Equal("ValidationException", error.ErrorType);
        Assert.Contains("400 ValidationException: Malformed input request", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_json_is_a_clear_exception()
    {
        var endpoint = new CapturingHandler(CapturingHandler.Json(Fixture.Read("Bedrock/malformed.json")));

        var error = await Assert.ThrowsAsync<BedrockInvocationException>(() => new BedrockTitanEmbedder(new HttpClient(endpoint), Options).EmbedAsync("x"));

        Assert.Contains("malformed JSON", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<JsonException>(error.InnerException);
    }

    [Fact]
    public async Task A_vector_of_the_wrong_dimension_is_a_clear_exception()
    {
        var endpoint = new CapturingHandler(CapturingHandler.Json(Fixture.Read("Bedrock/titan-v2-512.json")));

        var error = await Assert.ThrowsAsync<BedrockInvocationException>(() => new BedrockTitanEmbedder(new HttpClient(endpoint), Options).EmbedAsync("x"));

        Assert.Contains("512 dimensions; 256 were asked for", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Input_longer_than_the_model_takes_is_cut_at_its_limit()
    {
        var endpoint = new CapturingHandler(CapturingHandler.Json(Fixture.Read("Bedrock/titan-v2-256.json")));

        await new BedrockTitanEmbedder(new HttpClient(endpoint), Options).EmbedAsync(new string('a', 60_000));

        using var body = JsonDocument.Parse(Assert.Single(endpoint.Requests).Body);
        Assert.Equal(50_000, body.RootElement.GetProperty("inputText").GetString()!.Length);
    }

    [Fact]
    public async Task A_batch_is_parallel_single_calls_with_results_in_input_order()
    {
        var fixture = Fixture.Read("Bedrock/titan-v2-256.json");
        var endpoint = new CapturingHandler(request => CapturingHandler.Json(
            request.Body.Contains("\"b\"", StringComparison.Ordinal) ? Fixture.Read("Bedrock/titan-v2-256-unnormalised.json") : fixture));
        var embedder = new BedrockTitanEmbedder(new HttpClient(endpoint), Options with { MaxParallelCalls = 2 });

        var vectors = await embedder.EmbedBatchAsync(["a", "b", "c", "d", "e"]);

        Assert.Equal(5, endpoint.Requests.Count);
        Assert.Equal(5, vectors.Count);
        Assert.Equal(vectors[0], vectors[2]);
        Assert.NotEqual(vectors[0], vectors[1]);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(1536)]
    public void Only_the_dimensions_titan_v2_offers_are_accepted(int dimensions)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BedrockTitanEmbedder(new HttpClient(), Options with { Dimensions = dimensions }));
    }

    private static HttpResponseMessage Throttled()
    {
        var response = CapturingHandler.Json(Fixture.Read("Bedrock/throttling.json"), HttpStatusCode.TooManyRequests);
        response.Headers.Add("x-amzn-ErrorType", "ThrottlingException:http://internal.amazon.com/coral/com.amazon.bedrock/");
        return response;
    }

    private static double Norm(float[] v) => Math.Sqrt(v.Sum(x => (double)x * x));
}
