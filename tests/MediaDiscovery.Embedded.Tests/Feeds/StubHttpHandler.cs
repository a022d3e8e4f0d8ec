namespace MediaDiscovery.Embedded.Tests.Feeds;

/// <summary>Answers HTTP requests with a function, and remembers which methods were used.</summary>
internal sealed class StubHttpHandler(Func<HttpRequestMessage, HttpResponseMessage> respond) : HttpMessageHandler
{
    public List<HttpMethod> Methods { get; } = [];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Methods.Add(request.Method);
        return Task.FromResult(respond(request));
    }
}
