using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Testing;

namespace MediaDiscovery.Functions.Embeddings.Tests;

public sealed class EmbeddingsEventsEndpointTests : IDisposable
{
    private static readonly Uri Events = new("/events", UriKind.Relative);

    private readonly EmbeddingsFunctionFactory factory = new();

    [Fact]
    public async Task A_documented_sqs_event_is_answered_with_the_failed_message_ids()
    {
        var heat = SampleTitles.Movie("Heat", 1995, ("netflix", "s1"));
        await factory.Store.PutAsync([new TitleWrite(heat, 0)]);
        // The documented event, its first body made a change of a title in the catalog; the second stays "Test message.".
        var sqsEvent = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "lambda-sqs-event.json")))!;
        sqsEvent["Records"]![0]!["body"] = SqsEvents.ChangeBody(heat.Id);

        var response = await factory.CreateClient().PostAsync(Events, new StringContent(sqsEvent.ToJsonString(), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var failures = body.GetProperty("batchItemFailures").EnumerateArray().Select(f => f.GetProperty("itemIdentifier").GetString()).ToList();
        Assert.Equal(["2e1424d4-f796-459a-8184-9c92662be6da"], failures);
        Assert.NotNull(factory.Index.Stored(heat.Id)?.Vector);
        Assert.Single(factory.Embedder.Embedded);
    }

    [Theory]
    [InlineData("{\"Records\":[{\"messageId\":")]
    [InlineData("{\"detail-type\":\"Scheduled Event\",\"detail\":{}}")]
    [InlineData("{\"Records\":[{\"eventSource\":\"aws:s3\"}]}")]
    [InlineData("[]")]
    public async Task A_body_that_is_not_an_sqs_event_is_a_400_problem(string body)
    {
        var response = await factory.CreateClient().PostAsync(Events, new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.EndsWith("/malformed-request", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.Empty(factory.Index.Writes);
    }

    [Fact]
    public async Task An_event_over_lambdas_payload_limit_is_a_413_problem()
    {
        var body = new ByteArrayContent(new byte[SqsEventReader.MaxEventBytes + 1]);

        var response = await factory.CreateClient().PostAsync(Events, body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    public void Dispose() => factory.Dispose();
}
