using System.Net;
using System.Text;
using MediaDiscovery.Core.Webhooks;
using MediaDiscovery.Hosting.Problems;

namespace MediaDiscovery.LocalHost.Tests.Webhooks;

/// <summary>Every refusal answers a problem and queues nothing (one host for all: none of them may leave a trace).</summary>
public sealed class WebhookRefusalTests(WebhookRefusalTests.Host fixture) : IClassFixture<WebhookRefusalTests.Host>
{
    // "unauthorized" once the security work defines the type; until then the status-derived one.
    private static readonly string Unauthorized = ProblemTypes.ForStatus(401).Split('/')[^1];

    private readonly WebhookHost host = fixture.Webhooks;
    private readonly HttpClient client = fixture.Client;
    private readonly string externalId = fixture.ExternalId;

    private string Body() => SignedWebhooks.Body(externalId, false, DateTimeOffset.UtcNow);

    private async Task RefusedAsync(HttpRequestMessage request, HttpStatusCode status, string type)
    {
        var response = await client.SendAsync(request);
        await ProblemAssert.IsProblemAsync(response, status, type);
        Assert.Equal(new(0, 0, 0), await host.Queue.CountsAsync());
        Assert.Empty(await host.Changes.ListForTitleAsync(fixture.TitleId, 10));
    }

    [Fact]
    public async Task A_tampered_body_is_401()
    {
        var request = SignedWebhooks.Request("netflix", "msg_1", Body());
        var tampered = Encoding.UTF8.GetBytes(Body().Replace("\"available\":false", "\"available\":true", StringComparison.Ordinal));
        request.Content = new ByteArrayContent(tampered);
        await RefusedAsync(request, HttpStatusCode.Unauthorized, Unauthorized);
    }

    [Fact]
    public async Task A_signature_with_a_wrong_secret_is_401()
    {
        await RefusedAsync(SignedWebhooks.Request("netflix", "msg_1", Body(), secret: SignedWebhooks.OtherSecret), HttpStatusCode.Unauthorized, Unauthorized);
    }

    [Fact]
    public async Task A_timestamp_older_than_five_minutes_is_401()
    {
        await RefusedAsync(SignedWebhooks.Request("netflix", "msg_1", Body(), DateTimeOffset.UtcNow.AddMinutes(-6)), HttpStatusCode.Unauthorized, Unauthorized);
    }

    [Theory]
    [InlineData(StandardWebhookHeaders.Id)]
    [InlineData(StandardWebhookHeaders.Timestamp)]
    [InlineData(StandardWebhookHeaders.Signature)]
    public async Task A_missing_header_is_400(string header)
    {
        var request = SignedWebhooks.Request("netflix", "msg_1", Body());
        request.Headers.Remove(header);
        await RefusedAsync(request, HttpStatusCode.BadRequest, "malformed-request");
    }

    [Fact]
    public async Task A_malformed_signature_header_is_400()
    {
        var request = SignedWebhooks.Request("netflix", "msg_1", Body());
        request.Headers.Remove(StandardWebhookHeaders.Signature);
        request.Headers.Add(StandardWebhookHeaders.Signature, "not-a-signature");
        await RefusedAsync(request, HttpStatusCode.BadRequest, "malformed-request");
    }

    [Fact]
    public async Task A_platform_without_a_configured_secret_is_401()
    {
        var disney = SignedWebhooks.Body("disney-plus:s1", false, DateTimeOffset.UtcNow);
        await RefusedAsync(SignedWebhooks.Request("disney-plus", "msg_1", disney), HttpStatusCode.Unauthorized, Unauthorized);
    }

    [Fact]
    public async Task An_unknown_platform_is_404()
    {
        await RefusedAsync(SignedWebhooks.Request("myspace", "msg_1", Body()), HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task A_body_over_64_KB_is_413_even_when_signed()
    {
        var padded = Body()[..^1] + ",\"padding\":\"" + new string('x', 70_000) + "\"}";
        await RefusedAsync(SignedWebhooks.Request("netflix", "msg_1", padded), HttpStatusCode.RequestEntityTooLarge, "payload-too-large");
    }

    [Fact]
    public async Task A_signed_but_invalid_payload_is_a_400_validation_problem()
    {
        var wrongPlatform = SignedWebhooks.Body("hulu:s1", false, DateTimeOffset.UtcNow);
        await RefusedAsync(SignedWebhooks.Request("netflix", "msg_1", wrongPlatform), HttpStatusCode.BadRequest, "validation");
        await RefusedAsync(SignedWebhooks.Request("netflix", "msg_2", "{\"type\":\"availability.changed\""), HttpStatusCode.BadRequest, "validation");
    }

    public sealed class Host : IAsyncLifetime
    {
        public WebhookHost Webhooks { get; } = new();

        public HttpClient Client { get; private set; } = null!;

        public string ExternalId { get; private set; } = null!;

        public string TitleId { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Client = await Webhooks.ReadyClientAsync();
            var title = await Webhooks.TitleAsync("Stranger Things");
            (TitleId, ExternalId) = (title.Id, title.Availability.Single(a => a.Platform == "netflix").ExternalId);
        }

        public async Task DisposeAsync() => await Webhooks.DisposeAsync();
    }
}
