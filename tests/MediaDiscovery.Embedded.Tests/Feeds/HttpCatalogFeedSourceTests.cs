using System.IO.Pipelines;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Embedded.Feeds;

namespace MediaDiscovery.Embedded.Tests.Feeds;

public sealed class HttpCatalogFeedSourceTests
{
    private static readonly Uri FeedUrl = new("https://feeds.example.test/netflix_titles.csv");

    [Fact]
    public async Task The_fingerprint_is_the_etag_from_a_head_request()
    {
        var handler = new StubHttpHandler(_ => Ok("", r => r.Headers.ETag = new EntityTagHeaderValue("\"v42\"")));
        var fingerprint = await Feed(handler).GetFingerprintAsync();
        Assert.Equal("etag:\"v42\"", fingerprint);
        Assert.Equal([HttpMethod.Head], handler.Methods);
    }

    [Fact]
    public async Task Without_an_etag_the_fingerprint_is_last_modified_and_length()
    {
        var handler = new StubHttpHandler(_ => Ok("12345", r => r.Content.Headers.LastModified = new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero)));
        Assert.Equal("last-modified:Sun, 01 Nov 2026 08:00:00 GMT:5", await Feed(handler).GetFingerprintAsync());
    }

    [Theory]
    [InlineData(HttpStatusCode.OK)]
    [InlineData(HttpStatusCode.MethodNotAllowed)]
    public async Task Without_validators_or_without_head_support_the_fingerprint_is_unknown(HttpStatusCode status)
    {
        var handler = new StubHttpHandler(_ => new HttpResponseMessage(status) { Content = new StringContent("") });
        Assert.Null(await Feed(handler).GetFingerprintAsync());
    }

    [Fact]
    public async Task Opens_the_body_with_a_get()
    {
        var handler = new StubHttpHandler(_ => Ok("show_id,type\n"));
        await using var stream = await Feed(handler).OpenAsync();
        using var reader = new StreamReader(stream);
        Assert.Equal("show_id,type\n", await reader.ReadToEndAsync());
        Assert.Equal([HttpMethod.Get], handler.Methods);
    }

    [Fact]
    public async Task The_body_is_streamed_not_buffered()
    {
        var pipe = new Pipe();
        var handler = new StubHttpHandler(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(pipe.Reader.AsStream()) });
        var open = Feed(handler).OpenAsync();

        // Returns while the body is still being written; a buffering client would wait for its end.
        await using var stream = await open.WaitAsync(TimeSpan.FromSeconds(10));
        await pipe.Writer.WriteAsync(Encoding.UTF8.GetBytes("row\n"));
        await pipe.Writer.CompleteAsync();
        using var reader = new StreamReader(stream);
        Assert.Equal("row\n", await reader.ReadToEndAsync());
    }

    [Fact]
    public async Task An_error_status_is_reported_clearly()
    {
        var handler = new StubHttpHandler(_ => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { ReasonPhrase = "Service Unavailable" });
        var error = await Assert.ThrowsAsync<CatalogFeedUnavailableException>(() => Feed(handler).OpenAsync());
        Assert.Contains("503", error.Message, StringComparison.Ordinal);
        Assert.Contains("netflix", error.Message, StringComparison.Ordinal);
        Assert.Contains(FeedUrl.ToString(), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_host_is_reported_as_unavailable()
    {
        var handler = new StubHttpHandler(_ => throw new HttpRequestException("Connection refused"));
        var error = await Assert.ThrowsAsync<CatalogFeedUnavailableException>(() => Feed(handler).OpenAsync());
        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    [Fact]
    public async Task A_declared_length_over_the_limit_is_refused_before_reading()
    {
        var handler = new StubHttpHandler(_ => Ok(new string('x', 100)));
        var error = await Assert.ThrowsAsync<CatalogFeedUnavailableException>(() => Feed(handler, maxBytes: 10).OpenAsync());
        Assert.Contains("limit of 10 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_undeclared_length_over_the_limit_fails_while_reading()
    {
        var handler = new StubHttpHandler(_ => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StreamContent(new UnknownLengthStream(new string('x', 100))),
        });
        await using var stream = await Feed(handler, maxBytes: 10).OpenAsync();
        using var reader = new StreamReader(stream);
        await Assert.ThrowsAsync<CatalogFeedUnavailableException>(() => reader.ReadToEndAsync());
    }

    [Fact]
    public async Task A_body_within_the_limit_reads_completely()
    {
        var handler = new StubHttpHandler(_ => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StreamContent(new UnknownLengthStream("0123456789")),
        });
        await using var stream = await Feed(handler, maxBytes: 10).OpenAsync();
        using var reader = new StreamReader(stream);
        Assert.Equal("0123456789", await reader.ReadToEndAsync());
    }

    private static HttpCatalogFeedSource Feed(StubHttpHandler handler, long maxBytes = HttpCatalogFeedSource.DefaultMaxContentLengthBytes) =>
        new(new HttpClient(handler), "netflix", FeedUrl, maxBytes);

    private static HttpResponseMessage Ok(string body, Action<HttpResponseMessage>? configure = null)
    {
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body) };
        configure?.Invoke(response);
        return response;
    }

    /// <summary>A body whose length the client cannot know up front (like a chunked response).</summary>
    private sealed class UnknownLengthStream(string content) : MemoryStream(Encoding.UTF8.GetBytes(content))
    {
        public override bool CanSeek => false;
    }
}
